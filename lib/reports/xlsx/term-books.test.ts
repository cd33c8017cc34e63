// The term sheet workbook holds numbers as numbers, in the reader's language, and a download gets a
// file name in that language with an ASCII fallback.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { reportFigures } from "@/lib/grading/report-figures";
import type { TTermCell } from "@/lib/grading/term-outcome";
import { i18nFor } from "@/lib/i18n/instance";
import type { TLanguage } from "@/lib/i18n/settings";
import { cellKey } from "../format";
import type { TTermSheetReport } from "../load";
import { contentDisposition } from "./book";
import { termSheetBook } from "./term-books";

const cells: [number, number, TTermCell][] = [
  [1, 10, { kind: "set", outcome: 5, average: 4.8 }],
  [2, 10, { kind: "suggested", outcome: 3, average: 3.5 }],
  [3, 10, { kind: "set", outcome: "not_assessed", average: null }],
  [1, 20, { kind: "exempt", average: null }],
  [2, 20, { kind: "set", outcome: 4, average: null }],
];

const report = {
  cls: { id: 7, schoolId: 1, yearId: 1, grade: 5, letter: "А", homeroomTeacherId: 1 },
  year: { id: 1, schoolId: 1, name: "2026/2027", termKind: "QUARTER", isCurrent: true, terms: [] },
  term: { id: 2, number: 2, startDate: "2026-11-03", endDate: "2026-12-28", isLocked: false },
  school: { nameRu: "Школа № 1", nameTt: "1 нче мәктәп", shortNameRu: "Школа № 1", shortNameTt: "1 нче мәктәп" },
  sheet: {
    pupils: [
      { id: 1, lastName: "Абрамов", firstName: "Артур", joinedOn: null, leftOn: null },
      { id: 2, lastName: "Борисова", firstName: "Белла", joinedOn: null, leftOn: null },
      { id: 3, lastName: "Васильев", firstName: "Вадим", joinedOn: null, leftOn: "2026-11-20" },
    ],
    subjects: [
      { id: 10, nameRu: "Математика", nameTt: "Математика", shortNameRu: "Матем.", shortNameTt: null },
      { id: 20, nameRu: "Физическая культура", nameTt: "Физик культура", shortNameRu: "Физ-ра", shortNameTt: null },
    ],
    cells: new Map(cells.map(([p, s, c]) => [cellKey(p, s), c])),
    bySubject: new Map([
      [10, reportFigures([5, 3, "not_assessed"])],
      [20, reportFigures([4])],
    ]),
    total: reportFigures([5, 3, "not_assessed", 4]),
  },
} as unknown as TTermSheetReport;

async function roundTrip(lng: TLanguage) {
  const t = i18nFor(lng).getFixedT(lng, ["reports", "common"]);
  const built = termSheetBook(report, t, lng);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await built.book.xlsx.writeBuffer()) as ArrayBuffer);
  const sheet = book.worksheets[0];
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row) => {
    rows.push(row);
  });
  const rowWith = (text: string) => rows.find((r) => (r.values as unknown[]).some((v) => typeof v === "string" && v.startsWith(text)));
  return { built, sheet, rowWith };
}

describe("the term sheet workbook", () => {
  it("writes marks and figures as numeric cells with number formats", async () => {
    const { built, sheet, rowWith } = await roundTrip("ru");
    expect(sheet.name).toBe("Ведомость");
    expect(built.fileName).toBe("Сводная ведомость 5 «А», 2 четверть");
    expect(rowWith("Ученик")?.getCell(3).value).toBe("Математика");
    const first = rowWith("Абрамов")!;
    expect(first.getCell(3).value).toBe(5);
    expect(first.getCell(4).value).toBe("осв.");
    const second = rowWith("Борисова")!;
    expect(second.getCell(3).value).toBe(3);
    expect(second.getCell(3).font?.italic).toBe(true);
    expect(String(second.getCell(3).note)).toContain("3,50");
    expect(rowWith("Васильев")?.getCell(2).value).toBe("Васильев Вадим (выбыл(а) 20.11)");
    // Maths: 5, suggested 3, н/а → успеваемость 2/3 = 66.7 %, stored as 0.667 shown "0.0%".
    const success = rowWith("Успеваемость")!;
    expect(success.getCell(3).value).toBe(0.667);
    expect(success.getCell(3).numFmt).toBe("0.0%");
    // The class: 5, 3, н/а, 4 → 75 %.
    expect(success.getCell(5).value).toBe(0.75);
    expect(rowWith("«5»")?.getCell(3).value).toBe(1);
  });

  it("speaks Tatar to a Tatar reader", async () => {
    const { built, rowWith } = await roundTrip("tt");
    expect(built.fileName).toBe("Җыелма ведомость 5 «А» сыйныфы, 2 чирек");
    expect(rowWith("Укучы")?.getCell(3).value).toBe("Математика");
    expect(rowWith("Абрамов")?.getCell(4).value).toBe("азат");
    expect(rowWith("Өлгереш")?.getCell(5).value).toBe(0.75);
  });
});

describe("the download's file name", () => {
  it("is in the reader's language with a plain fallback, and cannot break the header", () => {
    const header = contentDisposition('Сводная ведомость 5 «А»: 2/4 "x"', "term-sheet 5");
    expect(header).toBe(
      `attachment; filename="term-sheet-5.xlsx"; filename*=UTF-8''${encodeURIComponent("Сводная ведомость 5 «А» 2 4 x.xlsx").replace(/'/g, "%27")}`,
    );
    expect(header).not.toMatch(/[\r\n]/);
  });
});
