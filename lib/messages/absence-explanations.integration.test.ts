// Parents excuse absences: a parent gives the reason for an absence already in the journal (one
// lesson, or the whole day) with an optional photo of a note; only that pupil's parent may; only
// the pupil's homeroom teacher (or the school's administrator) decides; accepting sets the
// school's excused code with an audit event per cell that the audit screen finds; declining keeps
// the absence and lets the parent try again; bad input stores nothing; the child's export has it.
import { readdirSync, rmSync } from "node:fs";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const uploads = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "belem-uploads-"));
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { GET } from "@/app/api/absence-explanation-files/[id]/route";
import { searchAudit } from "@/lib/audit/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { MAX_SAVE_BYTES, MAX_SAVE_MB } from "@/lib/homework/files";
import { buildChildExport } from "@/lib/privacy/child-export";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { decideAbsenceExplanationAction, explainAbsenceAction } from "./absence-explanation-actions";
import { explanationsForClass, pupilAbsences } from "./absence-explanations";
import { MAX_REASON_CHARS, type TExplainAbsenceInput } from "./schemas";

afterAll(() => rmSync(uploads, { recursive: true, force: true }));

let s: TTestSchool;
let other: TTestSchool;
let excusedId: number;
let unexcusedId: number;
const storedFiles = () => readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
const me = async (user: { id: number }) => (await asUser(user, () => getCurrentUser())) as NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

const explain = (who: { id: number }, input: Partial<TExplainAbsenceInput> = {}) =>
  asUser(who, () => explainAbsenceAction({ studentId: s.pupils[0].id, lessonId: s.lessons[0].id, reason: "Был у врача", files: [], ...input }));
const decide = (who: { id: number }, explanationId: number, decision: "accept" | "decline") =>
  asUser(who, () => decideAbsenceExplanationAction({ explanationId, decision }));
const codeOf = async (lessonId: bigint) =>
  (await db.attendance.findUnique({ where: { lessonId_studentId: { lessonId, studentId: s.pupils[0].id } }, select: { absenceCodeId: true } }))?.absenceCodeId;

beforeEach(async () => {
  s = await createTestSchool(db);
  other = await createTestSchool(db);
  const excused = await db.absenceCode.create({
    data: { schoolId: s.schoolId, letterRu: "У", letterTt: "Д", nameRu: "Уважительная причина", nameTt: "Дәлилле сәбәп", kind: "EXCUSED", sortOrder: 3 },
    select: { id: true },
  });
  excusedId = excused.id;
  unexcusedId = s.absenceCodes.find((c) => c.kind === "UNEXCUSED")?.id as number;
  // The first pupil missed both lessons of the first day (mathematics and the other subject) and the third day's.
  for (const lessonId of [s.lessons[0].id, s.otherLessonId, s.lessons[2].id]) {
    await db.attendance.create({ data: { schoolId: s.schoolId, lessonId, studentId: s.pupils[0].id, absenceCodeId: unexcusedId, authorId: s.teacher.id } });
  }
});

describe("a parent explains, the homeroom teacher accepts", () => {
  it("changes the absence to the excused code, with the audit trail the audit screen finds, and the parent sees it accepted", async () => {
    const photo = new File([PNG], "записка.png", { type: "image/png" });
    const r = await explain(s.parent, { files: [photo] });
    expect(r?.serverError).toBeUndefined();
    expect(r?.validationErrors).toBeUndefined();
    expect(r?.data?.lessons).toBe(1);
    const id = r?.data?.id as number;
    expect(await db.absenceExplanation.findUnique({ where: { id }, select: { status: true, lessonIds: true, fileName: true } })).toEqual({
      status: "PENDING",
      lessonIds: [s.lessons[0].id],
      fileName: "записка.png",
    });
    expect((await pupilAbsences(s.schoolId, s.pupils[0].id, "2026-11-23", "2026-11-29")).map((a) => [a.lessonId, a.status])).toEqual([
      [String(s.lessons[0].id), "PENDING"],
      [String(s.otherLessonId), null],
      [String(s.lessons[2].id), null],
    ]);
    // The same absence cannot be explained twice while it waits.
    expect((await explain(s.parent))?.serverError?.code).toBe("not_found");

    // The homeroom teacher sees it in the journal, with the photo; a subject teacher does not.
    const seen = await explanationsForClass(await me(s.homeroom), s.classId, "2026-11-03", "2026-12-28");
    expect(seen.map((x) => [x.id, x.status, x.reason, x.hasFile])).toEqual([[id, "PENDING", "Был у врача", true]]);
    expect(await explanationsForClass(await me(s.teacher), s.classId, "2026-11-03", "2026-12-28")).toEqual([]);
    const download = (who: { id: number }) =>
      asUser(who, () => GET(new Request(`http://localhost/api/absence-explanation-files/${id}`), { params: Promise.resolve({ id: String(id) }) }));
    expect((await download(s.homeroom)).status).toBe(200);
    expect(Buffer.from(await (await download(s.parent)).arrayBuffer()).equals(PNG)).toBe(true);
    expect((await download(s.teacher)).status).toBe(404);
    expect((await download(other.admin)).status).toBe(404);

    // Only the pupil's homeroom teacher (or the school's administrator) decides.
    for (const who of [s.teacher, s.parent, s.pupils[0], other.homeroom, other.admin]) {
      expect((await decide(who, id, "accept"))?.serverError?.code, who.lastName).toBe("not_found");
    }
    expect(await codeOf(s.lessons[0].id)).toBe(unexcusedId);

    const accepted = await decide(s.homeroom, id, "accept");
    expect(accepted?.data).toEqual({ status: "ACCEPTED", lessons: 1 });
    expect(await codeOf(s.lessons[0].id)).toBe(excusedId);
    // The other absences of that day and of another day are untouched.
    expect(await codeOf(s.otherLessonId)).toBe(unexcusedId);
    expect(await codeOf(s.lessons[2].id)).toBe(unexcusedId);
    expect((await decide(s.homeroom, id, "decline"))?.serverError?.code).toBe("conflict");

    const cellEvents = await db.auditEvent.findMany({
      where: { schoolId: s.schoolId, action: "attendance.update", lessonId: s.lessons[0].id },
      select: { actorId: true, studentId: true, before: true, after: true },
    });
    expect(cellEvents).toEqual([
      { actorId: s.homeroom.id, studentId: s.pupils[0].id, before: { absenceCodeId: unexcusedId }, after: { absenceCodeId: excusedId, explanationId: id } },
    ]);
    const screen = await searchAudit(s.schoolId, { kind: "attendance", pupil: s.pupils[0].id, actor: s.homeroom.id });
    expect(screen.rows.map((row) => [row.action, row.lessonDate])).toEqual([["attendance.update", "2026-11-23"]]);
    const decisions = await searchAudit(s.schoolId, { kind: "absenceExplanation", pupil: s.pupils[0].id });
    expect(decisions.rows.map((row) => row.action)).toEqual(["absenceExplanation.accept", "absenceExplanation.create"]);

    expect((await pupilAbsences(s.schoolId, s.pupils[0].id, "2026-11-23", "2026-11-29")).find((a) => a.lessonId === String(s.lessons[0].id))?.status).toBe(
      "ACCEPTED",
    );
    const exported = await buildChildExport(s.pupils[0].id, s.parent.id);
    expect(exported.absenceExplanations).toEqual([
      expect.objectContaining({ date: "2026-11-23", reason: "Был у врача", fileName: "записка.png", status: "ACCEPTED", lessonIds: [String(s.lessons[0].id)] }),
    ]);
  });

  it("the school's administrator may accept; with no excused code the illness code is set", async () => {
    await db.absenceCode.update({ where: { id: excusedId }, data: { isActive: false } });
    const r = await explain(s.parent);
    const accepted = await decide(s.admin, r?.data?.id as number, "accept");
    expect(accepted?.data?.status).toBe("ACCEPTED");
    expect(await codeOf(s.lessons[0].id)).toBe(s.absenceCodes.find((c) => c.kind === "ILLNESS")?.id);
  });
});

describe("a whole day, declined", () => {
  it("covers every unexcused absence of the day; declining keeps them and records the decision; the parent may explain again", async () => {
    const r = await explain(s.parent, { wholeDay: true, reason: "Семейные обстоятельства" });
    expect(r?.data?.lessons).toBe(2);
    const id = r?.data?.id as number;
    const declined = await decide(s.homeroom, id, "decline");
    expect(declined?.data).toEqual({ status: "DECLINED", lessons: 0 });
    expect([await codeOf(s.lessons[0].id), await codeOf(s.otherLessonId)]).toEqual([unexcusedId, unexcusedId]);
    expect(await db.absenceExplanation.findUnique({ where: { id }, select: { status: true, decidedById: true } })).toEqual({
      status: "DECLINED",
      decidedById: s.homeroom.id,
    });
    expect(await db.auditEvent.count({ where: { action: "absenceExplanation.decline", entityId: String(id), actorId: s.homeroom.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { schoolId: s.schoolId, action: "attendance.update" } })).toBe(0);
    const statuses = (await pupilAbsences(s.schoolId, s.pupils[0].id, "2026-11-23", "2026-11-23")).map((a) => a.status);
    expect(statuses).toEqual(["DECLINED", "DECLINED"]);

    const again = await explain(s.parent, { lessonId: s.otherLessonId, reason: "Справка будет завтра" });
    expect(again?.data?.lessons).toBe(1);
    expect((await decide(s.homeroom, again?.data?.id as number, "accept"))?.data?.lessons).toBe(1);
    expect(await codeOf(s.otherLessonId)).toBe(excusedId);
    expect(await codeOf(s.lessons[0].id)).toBe(unexcusedId);
  });
});

describe("refusals that store nothing", () => {
  const counts = async () => [await db.absenceExplanation.count(), storedFiles(), await db.auditEvent.count({ where: { schoolId: s.schoolId } })];

  it("refuses another pupil's, another school's or a stranger's parent, a pupil, a teacher, a lesson without an absence and a locked term", async () => {
    const before = await counts();
    const stranger = await createPerson(db, s.schoolId, ["PARENT"], "Чужой");
    for (const [who, input] of [
      [s.parent, { studentId: s.pupils[1].id }],
      [stranger, {}],
      [other.parent, {}],
      [s.pupils[0], {}],
      [s.homeroom, {}],
      [s.admin, {}],
      [s.parent, { lessonId: s.lessons[1].id }],
      [s.parent, { lessonId: other.lessons[0].id }],
    ] as const) {
      expect(
        (await explain(who, input))?.serverError?.code,
        `${who.lastName} ${JSON.stringify(input, (_, v) => (typeof v === "bigint" ? String(v) : v))}`,
      ).toBe("not_found");
    }
    await db.term.updateMany({ where: { schoolId: s.schoolId, number: 2 }, data: { isLocked: true } });
    expect((await explain(s.parent))?.serverError?.code).toBe("not_found");
    expect(await counts()).toEqual(before);
  });

  it("an empty or oversized reason, a file that is not what its name says, or a too large one: a field error, nothing stored", async () => {
    const before = await counts();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);
    const cases: [Partial<TExplainAbsenceInput>, string, string][] = [
      [{ reason: "   " }, "reason", "field.required"],
      [{ reason: "я".repeat(MAX_REASON_CHARS + 1) }, "reason", `field.too_big|${MAX_REASON_CHARS}`],
      [{ files: [new File([exe], "записка.jpg", { type: "image/jpeg" })] }, "files", "diary:explain.fileKind"],
      [{ files: [new File([exe], "записка.exe")] }, "files", "diary:explain.fileKind"],
      [{ files: [new File([new Uint8Array(MAX_SAVE_BYTES + 1)], "большая.png", { type: "image/png" })] }, "files", `diary:explain.fileTooBig|${MAX_SAVE_MB}`],
      [{ files: [new File([PNG], "1.png"), new File([PNG], "2.png")] }, "files", "field.too_big|1"],
    ];
    for (const [input, field, message] of cases) {
      const r = await explain(s.parent, input);
      expect((r?.validationErrors as { fieldErrors?: Record<string, string[]> })?.fieldErrors?.[field], field).toEqual([message]);
    }
    expect(await counts()).toEqual(before);
  });
});
