// The journal on paper, read back: the first quarter's PDF holds every pupil, every lesson date,
// every mark (each pupil's in their own line) and the topics and homework; the class archive holds
// one PDF per journal; a reader who may not see the journal gets 404.
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { GET as printRoute } from "@/app/api/journal-print/[assignmentId]/route";
import { GET as archiveRoute } from "@/app/api/journal-print/class/[classId]/route";
import { db } from "@/lib/db";
import { formatShortDate } from "@/lib/i18n/dates";
import { createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";

const DATES = ["2026-09-02", "2026-09-04", "2026-09-09", "2026-09-11", "2026-09-16", "2026-09-18", "2026-09-23", "2026-09-25", "2026-10-07", "2026-10-09"];
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function pdfText(bytes: ArrayBuffer | Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

describe("the journal on paper", () => {
  it("prints every pupil, date and mark of the first quarter, with topics and homework on the facing page", async () => {
    const s = await createTestSchool(db, { pupils: 6, lessonDates: DATES });
    await db.user.updateMany({ where: { id: s.pupils[2].id }, data: { lastName: "Хәйруллина", firstName: "Гөлназ" } });
    const marks: { studentId: number; lessonId: bigint; value: number }[] = [];
    s.pupils.forEach((p, i) => {
      s.lessons.forEach((l, j) => {
        if ((i + j) % 3 === 0) marks.push({ studentId: p.id, lessonId: l.id, value: 2 + ((i * 7 + j) % 4) });
      });
    });
    await db.mark.createMany({ data: marks.map((m) => ({ ...m, schoolId: s.schoolId, workKindId: s.workKinds[0].id, authorId: s.teacher.id })) });
    await db.attendance.create({
      data: { schoolId: s.schoolId, lessonId: s.lessons[1].id, studentId: s.pupils[1].id, absenceCodeId: s.absenceCodes[0].id, authorId: s.teacher.id },
    });
    await db.lesson.update({ where: { id: s.lessons[0].id }, data: { topic: "Натуральные числа и шкалы" } });
    await db.homework.create({
      data: { schoolId: s.schoolId, lessonId: s.lessons[0].id, dueDate: d(DATES[1]), text: "§ 1, № 15–18", createdById: s.teacher.id },
    });
    await db.finalMark.create({
      data: {
        schoolId: s.schoolId,
        yearId: s.yearId,
        termId: s.terms[0].id,
        kind: "TERM",
        period: 1,
        studentId: s.pupils[0].id,
        subjectId: s.subjectId,
        value: 4,
        authorId: s.teacher.id,
      },
    });

    const response = await asUser(s.teacher, () =>
      printRoute(new Request(`http://localhost/api/journal-print/${s.assignmentId}?term=1`), {
        params: Promise.resolve({ assignmentId: String(s.assignmentId) }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const text = await pdfText(await response.arrayBuffer());
    const lines = text.split("\n");
    const pupils = await db.user.findMany({ where: { id: { in: s.pupils.map((p) => p.id) } }, select: { id: true, lastName: true, firstName: true } });
    for (const p of pupils) {
      const line = lines.find((l) => l.includes(`${p.lastName} ${p.firstName}`));
      expect(line, `${p.lastName} ${p.firstName}`).toBeDefined();
      // The pupil's marks, in the order of the lessons, on the pupil's own line.
      const own = s.lessons.flatMap((l) => marks.filter((m) => m.studentId === p.id && m.lessonId === l.id).map((m) => String(m.value)));
      expect(line?.match(/\b[2-5]\b/g)?.join(" ") ?? "", `${p.lastName}'s marks`).toContain(own.join(" "));
    }
    for (const date of DATES) expect(text).toContain(formatShortDate(date));
    expect(text).toContain("Натуральные числа и шкалы");
    expect(text).toContain("§ 1, № 15–18");
    expect(text).toContain("Математика");
  }, 60_000);

  it("gives the administrator the class's year as an archive of PDFs, and nothing to a stranger", async () => {
    const s = await createTestSchool(db, { lessonDates: DATES.slice(0, 2) });
    const other = await createTestSchool(db);
    const response = await asUser(s.admin, () =>
      archiveRoute(new Request(`http://localhost/api/journal-print/class/${s.classId}`), { params: Promise.resolve({ classId: String(s.classId) }) }),
    );
    expect(response.status).toBe(200);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(2);
    const text = await pdfText(await zip.file(names.find((n) => n.startsWith("Математика")) as string)!.async("nodebuffer"));
    expect(text).toContain(formatShortDate(DATES[0]));
    const stranger = await asUser(other.admin, () =>
      printRoute(new Request(`http://localhost/api/journal-print/${s.assignmentId}?term=1`), {
        params: Promise.resolve({ assignmentId: String(s.assignmentId) }),
      }),
    );
    expect(stranger.status).toBe(404);
  }, 60_000);
});
