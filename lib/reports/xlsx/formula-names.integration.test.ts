// A person or school named like a spreadsheet formula appears in every .xlsx report as text with a
// leading apostrophe, never as a formula and never starting with "=", so re-saving the sheet as CSV
// cannot turn it into a live link. The downloads are fetched through their real route handlers.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as assignmentGet } from "@/app/api/reports/assignment/[assignmentId]/route";
import { GET as attendanceGet } from "@/app/api/reports/attendance/[classId]/route";
import { GET as regionGet } from "@/app/api/reports/region/route";
import { GET as schoolGet } from "@/app/api/reports/school/route";
import { GET as termSheetGet } from "@/app/api/reports/term-sheet/[classId]/route";
import { db } from "@/lib/db";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";

const EVIL = '=HYPERLINK("http://evil.example","x")';
let s: TTestSchool;
let regionAdmin: { id: number };

beforeAll(async () => {
  s = await createTestSchool(db, { pupils: 2 });
  await db.user.updateMany({ where: { id: { in: [s.pupils[0].id, s.homeroom.id, s.teacher.id] } }, data: { lastName: EVIL, firstName: "+1" } });
  await db.school.update({ where: { id: s.schoolId }, data: { nameRu: EVIL, shortNameRu: EVIL } });
  await db.subject.update({ where: { id: s.subjectId }, data: { nameRu: "@SUM(1)", shortNameRu: "-1+1" } });
  regionAdmin = await createPerson(db, null, ["REGION_ADMIN"], "Регион", { regionId: s.regionId });
});

async function cellsOf(response: Response): Promise<ExcelJS.Cell[]> {
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const cells: ExcelJS.Cell[] = [];
  for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
  return cells;
}

const req = (path: string) => new Request(`http://localhost${path}`);
const downloads = () => [
  { name: "term sheet", as: () => s.admin, get: () => termSheetGet(req("/"), { params: Promise.resolve({ classId: String(s.classId) }) }) },
  { name: "attendance", as: () => s.admin, get: () => attendanceGet(req("/"), { params: Promise.resolve({ classId: String(s.classId) }) }) },
  { name: "assignment", as: () => s.admin, get: () => assignmentGet(req("/"), { params: Promise.resolve({ assignmentId: String(s.assignmentId) }) }) },
  { name: "school", as: () => s.admin, get: () => schoolGet(req(`/?school=${s.schoolId}`), { params: Promise.resolve({}) }) },
  { name: "region", as: () => regionAdmin, get: () => regionGet(req("/"), { params: Promise.resolve({}) }) },
];

describe("every spreadsheet report", () => {
  for (const d of downloads()) {
    it(`${d.name}: a formula-like name is text with an apostrophe`, async () => {
      const cells = await asUser(d.as(), async () => cellsOf(await d.get()));
      expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
      const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
      expect(texts.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
      expect(
        texts.some((t) => t.startsWith(`'${EVIL}`) || t.includes(EVIL)),
        texts.join(" | "),
      ).toBe(true);
    });
  }
});
