// Roster import end to end on a real database: the preview of a Windows-1251 file with ";" and a
// bad row is exact and writes nothing; the commit writes it in one go; the same file again
// changes nothing; a stale preview is refused.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { addDays, schoolToday } from "@/lib/i18n/dates";
import { createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { commitImportAction, previewImportAction } from "./import-actions";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const fixture = readFileSync(join(import.meta.dirname, "import/fixtures/students-1251.csv")).toString("base64");

/** The school of the fixture: 5 «А» (the factory's), 5 «Б» with Альфия, 5 «А» with Анна. */
async function fixtureSchool() {
  const s = await createTestSchool(db);
  const classB = await db.schoolClass.create({ data: { schoolId: s.schoolId, yearId: s.yearId, grade: 5, letter: "Б" }, select: { id: true } });
  const pupil = (lastName: string, firstName: string, middleName: string, birthDate: string, classId: number) =>
    db.user.create({
      data: {
        login: `${firstName}-${s.schoolId}`.toLowerCase(),
        passwordHash: "x",
        lastName,
        firstName,
        middleName,
        birthDate: d(birthDate),
        roles: { create: { role: "STUDENT", schoolId: s.schoolId } },
        enrolments: { create: { schoolId: s.schoolId, classId, startDate: d("2026-09-01") } },
      },
      select: { id: true },
    });
  const alfia = await pupil("Хасанова", "Альфия", "Ильдаровна", "2015-07-20", classB.id);
  const anna = await pupil("Петрова", "Анна", "Сергеевна", "2015-01-01", s.classId);
  return { ...s, classB: classB.id, alfia: alfia.id, anna: anna.id };
}

async function snapshot(s: TTestSchool) {
  const where = { schoolId: s.schoolId };
  return {
    users: await db.user.count({ where: { roles: { some: where } } }),
    enrolments: await db.enrolment.findMany({
      where,
      orderBy: { id: "asc" },
      select: { id: true, classId: true, studentId: true, startDate: true, endDate: true },
    }),
    links: await db.parentLink.count({ where }),
    contacts: await db.user.findMany({ where: { roles: { some: where } }, orderBy: { id: "asc" }, select: { id: true, phone: true, email: true } }),
  };
}

describe("importing pupils from a Windows-1251 file", () => {
  it("previews every row exactly, writing nothing", async () => {
    const s = await fixtureSchool();
    const before = await snapshot(s);
    const result = await asUser(s.admin, () => previewImportAction({ kind: "students", fileBase64: fixture, fileName: "5a.csv" }));
    expect(result?.serverError).toBeUndefined();
    const preview = result!.data!;
    expect(preview).toMatchObject({ encoding: "windows-1251", delimiter: ";", fileIssues: [], ignored: [] });
    expect(preview.counts).toEqual({ new: 2, changed: 1, unchanged: 1, error: 1 });
    expect(preview.rows).toEqual([
      {
        row: 2,
        label: "Галиев Тимур Ренатович",
        className: "5 «А»",
        status: "new",
        notes: [
          { key: "newStudent", params: { className: "5 «А»" } },
          { key: "newParent", params: { name: "Галиева Алсу Ильдаровна" } },
        ],
      },
      {
        row: 3,
        label: "Галиева Камила Ренатовна",
        className: "5 «А»",
        status: "new",
        notes: [
          { key: "newStudent", params: { className: "5 «А»" } },
          { key: "linkParent", params: { name: "Галиева Алсу Ильдаровна" } },
        ],
      },
      { row: 4, label: "Иванов Пётр", className: null, status: "error", notes: [{ column: "birthDate", key: "badDate", params: { value: "31.02.2015" } }] },
      {
        row: 5,
        label: "Хасанова Альфия Ильдаровна",
        className: "5 «А»",
        status: "changed",
        notes: [
          { key: "transfer", params: { from: "5 «Б»", to: "5 «А»" } },
          { key: "newParent", params: { name: "Хасанов Ильдар Рашитович" } },
        ],
      },
      { row: 6, label: "Петрова Анна Сергеевна", className: "5 «А»", status: "unchanged", notes: [] },
    ]);
    expect(await snapshot(s)).toEqual(before);
  });

  it("commits in one go, and the same file again changes nothing", async () => {
    const s = await fixtureSchool();
    const preview = await asUser(s.admin, () => previewImportAction({ kind: "students", fileBase64: fixture }));
    const result = await asUser(s.admin, () =>
      commitImportAction({ kind: "students", fileBase64: fixture, fileName: "5a.csv", digest: preview!.data!.digest }),
    );
    expect(result?.serverError).toBeUndefined();
    const { accounts } = result!.data!;
    expect(accounts.map((a) => [a.role, a.name, a.className, a.childName])).toEqual([
      ["STUDENT", "Галиев Тимур Ренатович", "5 «А»", null],
      ["PARENT", "Галиева Алсу Ильдаровна", "5 «А»", "Галиев Тимур Ренатович"],
      ["STUDENT", "Галиева Камила Ренатовна", "5 «А»", null],
      ["PARENT", "Хасанов Ильдар Рашитович", "5 «А»", "Хасанова Альфия Ильдаровна"],
    ]);
    expect(accounts[0].login).toMatch(/^galiev\.tr\d*$/);
    const timur = await db.user.findUniqueOrThrow({
      where: { login: accounts[0].login },
      select: { id: true, passwordHash: true, mustChangePassword: true, birthDate: true },
    });
    expect(timur.mustChangePassword).toBe(true);
    expect(timur.birthDate).toEqual(d("2015-03-12"));
    expect(await verifyPassword(timur.passwordHash, accounts[0].password)).toBe(true);
    const alsu = await db.user.findUniqueOrThrow({ where: { login: accounts[1].login }, select: { phone: true, childLinks: { select: { childId: true } } } });
    expect(alsu.phone).toBe("+7 917 111-22-33");
    expect(alsu.childLinks).toHaveLength(2);
    const today = schoolToday();
    expect(
      await db.enrolment.findMany({ where: { studentId: s.alfia }, orderBy: { startDate: "asc" }, select: { classId: true, startDate: true, endDate: true } }),
    ).toEqual([
      { classId: s.classB, startDate: d("2026-09-01"), endDate: d(addDays(today, -1)) },
      { classId: s.classId, startDate: d(today), endDate: null },
    ]);
    expect(await db.auditEvent.count({ where: { schoolId: s.schoolId, action: "roster.import" } })).toBe(1);

    const after = await snapshot(s);
    const again = await asUser(s.admin, () => previewImportAction({ kind: "students", fileBase64: fixture }));
    expect(again!.data!.counts).toEqual({ new: 0, changed: 0, unchanged: 4, error: 1 });
    const second = await asUser(s.admin, () => commitImportAction({ kind: "students", fileBase64: fixture, digest: again!.data!.digest }));
    expect(second?.data?.accounts).toEqual([]);
    expect(await snapshot(s)).toEqual(after);
  });

  it("refuses a commit whose preview is no longer true", async () => {
    const s = await fixtureSchool();
    const preview = await asUser(s.admin, () => previewImportAction({ kind: "students", fileBase64: fixture }));
    await db.enrolment.updateMany({ where: { studentId: s.alfia }, data: { classId: s.classId } });
    const before = await snapshot(s);
    const result = await asUser(s.admin, () => commitImportAction({ kind: "students", fileBase64: fixture, digest: preview!.data!.digest }));
    expect(result?.serverError?.code).toBe("conflict");
    expect(await snapshot(s)).toEqual(before);
  });

  it("is not open to a teacher", async () => {
    const s = await fixtureSchool();
    const result = await asUser(s.teacher, () => previewImportAction({ kind: "students", fileBase64: fixture }));
    expect(result?.serverError?.code).toBe("forbidden");
  });
});

describe("importing teachers from a UTF-8 file with Tatar headers and commas", () => {
  it("creates new teachers, updates a changed email, and does nothing the second time", async () => {
    const s = await createTestSchool(db);
    await db.user.update({ where: { id: s.otherTeacher.id }, data: { lastName: "Галимова", firstName: "Гөлнара", middleName: null, email: "old@example.ru" } });
    const csv = "\uFEFFФамилия,Исем,Әтисенең исеме,Телефон,Email\r\nГалимова,Гөлнара,,,new@example.ru\r\nШәрәфиев,Илнур,Фәрит улы,+7 900 123-45-67,\r\n";
    const file = Buffer.from(csv, "utf8").toString("base64");
    const preview = await asUser(s.admin, () => previewImportAction({ kind: "teachers", fileBase64: file }));
    expect(preview!.data!.encoding).toBe("utf-8");
    expect(preview!.data!.delimiter).toBe(",");
    expect(preview!.data!.rows.map((r) => [r.label, r.status])).toEqual([
      ["Галимова Гөлнара", "changed"],
      ["Шәрәфиев Илнур Фәрит улы", "new"],
    ]);
    const result = await asUser(s.admin, () => commitImportAction({ kind: "teachers", fileBase64: file, digest: preview!.data!.digest }));
    expect(result!.data!.accounts.map((a) => [a.role, a.login])).toEqual([["TEACHER", expect.stringMatching(/^sharafiev\.if\d*$/)]]);
    expect((await db.user.findUniqueOrThrow({ where: { id: s.otherTeacher.id }, select: { email: true } })).email).toBe("new@example.ru");
    const again = await asUser(s.admin, () => previewImportAction({ kind: "teachers", fileBase64: file }));
    expect(again!.data!.counts).toEqual({ new: 0, changed: 0, unchanged: 2, error: 0 });
  });
});

describe("importing pupils from an .xlsx file", () => {
  /** The fixture as Excel keeps it: text cells, and dates of birth as real dates where they are dates. */
  async function fixtureAsXlsx(): Promise<string> {
    const { default: ExcelJS } = await import("exceljs");
    const iconv = (await import("iconv-lite")).default;
    const text = iconv.decode(readFileSync(join(import.meta.dirname, "import/fixtures/students-1251.csv")), "win1251");
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Ученики");
    for (const [i, line] of text.split(/\r?\n/).entries()) {
      if (!line) continue;
      const cells: (string | Date)[] = line.split(";");
      const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(String(cells[3]));
      const iso = m ? `${m[3]}-${m[2]}-${m[1]}` : "";
      if (i > 0 && m && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso)) cells[3] = new Date(`${iso}T00:00:00Z`);
      sheet.addRow(cells);
    }
    return Buffer.from(await book.xlsx.writeBuffer()).toString("base64");
  }

  it("previews and commits the same as the CSV", async () => {
    const xlsx = await fixtureAsXlsx();
    const [a, b] = [await fixtureSchool(), await fixtureSchool()];
    const fromCsv = await asUser(a.admin, () => previewImportAction({ kind: "students", fileBase64: fixture, fileName: "5a.csv" }));
    const fromXlsx = await asUser(b.admin, () => previewImportAction({ kind: "students", fileBase64: xlsx, fileName: "5a.xlsx" }));
    expect(fromXlsx?.data).toMatchObject({ format: "xlsx", fileIssues: [], ignored: [] });
    expect(fromXlsx?.data?.counts).toEqual(fromCsv?.data?.counts);
    expect(fromXlsx?.data?.rows).toEqual(fromCsv?.data?.rows);
    await asUser(a.admin, () => commitImportAction({ kind: "students", fileBase64: fixture, digest: fromCsv!.data!.digest }));
    await asUser(b.admin, () => commitImportAction({ kind: "students", fileBase64: xlsx, digest: fromXlsx!.data!.digest }));
    const people = (schoolId: number) =>
      db.user.findMany({
        // The factory's people have unique first names ("Имя…"); the file's are the same in both schools.
        where: { roles: { some: { schoolId } }, NOT: { firstName: { startsWith: "Имя" } } },
        orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
        select: { lastName: true, firstName: true, middleName: true, birthDate: true, phone: true, email: true },
      });
    expect(await people(b.schoolId)).toEqual(await people(a.schoolId));
  });

  it("says a broken .xlsx cannot be read and writes nothing", async () => {
    const s = await fixtureSchool();
    const before = await snapshot(s);
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("не архив")]).toString("base64");
    const result = await asUser(s.admin, () => previewImportAction({ kind: "students", fileBase64: broken, fileName: "x.xlsx" }));
    expect(result?.data?.fileIssues).toEqual([{ key: "unreadableXlsx" }]);
    expect(await snapshot(s)).toEqual(before);
  });
});
