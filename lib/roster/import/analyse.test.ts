import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { analyseFile } from "./analyse";
import { mapHeader, templateHeader } from "./columns";
import { decodeCsv } from "./decode";
import { parseClass, parseDate } from "./rows";
import { parseTable } from "./table";

const TODAY = "2026-11-25";
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decoding", () => {
  it("reads UTF-8 with and without a BOM, and Windows-1251", () => {
    expect(decodeCsv(utf8("\uFEFFФамилия;Имя"))).toEqual({ text: "Фамилия;Имя", encoding: "utf-8" });
    expect(decodeCsv(utf8("Фамилия;Исем;Әтисенең исеме"))).toEqual({ text: "Фамилия;Исем;Әтисенең исеме", encoding: "utf-8" });
    expect(decodeCsv(iconv.encode("Фамилия;Имя;Пётр", "win1251"))).toEqual({ text: "Фамилия;Имя;Пётр", encoding: "windows-1251" });
  });
});

describe("the table", () => {
  it("detects ; and , and keeps quoted separators inside a cell", () => {
    const semi = parseTable('Фамилия;Имя\r\n"Иванова; мл.";Анна\r\n');
    expect(semi.delimiter).toBe(";");
    expect(semi.rows).toEqual([{ row: 2, cells: ["Иванова; мл.", "Анна"] }]);
    const comma = parseTable('Фамилия,Имя\n"Петров, ст.",Иван\n');
    expect(comma).toEqual({ delimiter: ",", header: ["Фамилия", "Имя"], rows: [{ row: 2, cells: ["Петров, ст.", "Иван"] }] });
  });

  it("skips rows of bare separators but keeps row numbers as Excel shows them", () => {
    const table = parseTable("Фамилия;Имя\n;\nИванов;Иван\n\n");
    expect(table.rows).toEqual([{ row: 3, cells: ["Иванов", "Иван"] }]);
  });
});

describe("headers", () => {
  it("understands Russian and Tatar headers and their variants", () => {
    const ru = mapHeader("students", ["Фамилия", "Имя", "Отчество", "Дата рожд.", "КЛАСС", "Телефон  родителя"]);
    expect(ru.missing).toEqual([]);
    expect(ru.columns.get("birthDate")).toBe(3);
    expect(ru.columns.get("parentPhone")).toBe(5);
    const tt = mapHeader("students", ["Фамилия", "Исем", "Әтисенең исеме", "Туган көне", "Сыйныф", "Ата-ананың телефоны"]);
    expect(tt.missing).toEqual([]);
    expect([...tt.columns.keys()]).toEqual(["lastName", "firstName", "middleName", "birthDate", "class", "parentPhone"]);
  });

  it("names missing required columns and ignores unknown ones", () => {
    const map = mapHeader("students", ["№", "Фамилия", "Имя"]);
    expect(map.missing).toEqual(["birthDate", "class"]);
    expect(map.unknown).toEqual(["№"]);
  });

  it("gives a template header in each language that maps back", () => {
    for (const lng of ["ru", "tt"] as const) {
      for (const kind of ["students", "teachers"] as const)
        expect(mapHeader(kind, templateHeader(kind, lng)).columns.size).toBe(templateHeader(kind, lng).length);
    }
  });
});

describe("cells", () => {
  it("reads dates as Excel writes them and refuses impossible ones", () => {
    expect(parseDate("01.09.2015", TODAY)).toBe("2015-09-01");
    expect(parseDate("1.9.2015", TODAY)).toBe("2015-09-01");
    expect(parseDate("2015-09-01", TODAY)).toBe("2015-09-01");
    expect(parseDate("31.02.2015", TODAY)).toBeNull();
    expect(parseDate("01.01.2030", TODAY)).toBeNull();
    expect(parseDate("вчера", TODAY)).toBeNull();
  });

  it("reads classes as people type them", () => {
    for (const text of ["5А", "5 А", "5 «а»", "5-А", '5"А"', "5A"]) expect(parseClass(text)).toEqual({ grade: 5, letter: "А" });
    expect(parseClass("11Б")).toEqual({ grade: 11, letter: "Б" });
    expect(parseClass("12А")).toBeNull();
    expect(parseClass("пятый")).toBeNull();
  });
});

describe("the Windows-1251 fixture", () => {
  it("reads every row, with the bad date as the only problem", () => {
    const bytes = readFileSync(join(import.meta.dirname, "fixtures/students-1251.csv"));
    const file = analyseFile("students", bytes, TODAY);
    expect(file.encoding).toBe("windows-1251");
    expect(file.delimiter).toBe(";");
    expect(file.fileIssues).toEqual([]);
    expect(file.rows.map((r) => [r.row, r.label, r.issues])).toEqual([
      [2, "Галиев Тимур Ренатович", []],
      [3, "Галиева Камила Ренатовна", []],
      [4, "Иванов Пётр", [{ column: "birthDate", key: "badDate", params: { value: "31.02.2015" } }]],
      [5, "Хасанова Альфия Ильдаровна", []],
      [6, "Петрова Анна Сергеевна", []],
    ]);
    expect(file.rows[0].record).toEqual({
      lastName: "Галиев",
      firstName: "Тимур",
      middleName: "Ренатович",
      birthDate: "2015-03-12",
      grade: 5,
      letter: "А",
      parent: { lastName: "Галиева", firstName: "Алсу", middleName: "Ильдаровна", phone: "+7 917 111-22-33", email: "alsu.galieva@example.ru" },
    });
  });

  it("reports a file without the required columns as a whole", () => {
    const file = analyseFile("teachers", utf8("Имя,Телефон\nАнна,123456\n"), TODAY);
    expect(file.fileIssues).toEqual([{ key: "missingColumns", params: { columns: "lastName" } }]);
    expect(file.rows).toEqual([]);
  });

  it("reports an incomplete parent and a bad phone on their columns", () => {
    const text = "Фамилия;Имя;Дата рождения;Класс;Имя родителя;Телефон родителя\nИванов;Иван;01.02.2015;5А;Мария;звонить\n";
    const [row] = analyseFile("students", utf8(text), TODAY).rows;
    expect(row.record).toBeNull();
    expect(row.issues).toEqual([
      { column: "parentPhone", key: "badPhone" },
      { column: "parentLastName", key: "parentIncomplete" },
    ]);
  });
});

describe("an .xlsx roster", () => {
  it("reads the first sheet as the CSV would be read, dates of birth stored as dates included", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const { analyseUpload } = await import("./analyse");
    const csv = "Фамилия;Имя;Дата рождения;Класс\nГалиев;Тимур;12.03.2015;5А\nИванов;Пётр;31.02.2015;5А\n";
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Лист1");
    sheet.addRow(["Фамилия", "Имя", "Дата рождения", "Класс"]);
    sheet.addRow(["Галиев", { richText: [{ text: "Тим" }, { text: "ур" }] }, new Date("2015-03-12T00:00:00Z"), "5А"]);
    sheet.addRow(["Иванов", "Пётр", "31.02.2015", "5А"]);
    sheet.addRow([]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const fromXlsx = await analyseUpload("students", bytes, TODAY);
    const fromCsv = analyseFile("students", utf8(csv), TODAY);
    expect(fromXlsx.format).toBe("xlsx");
    expect(fromXlsx.rows).toEqual(fromCsv.rows);
    expect(fromXlsx.fileIssues).toEqual([]);
  });

  it("names a file that looks like .xlsx but is not one", async () => {
    const { analyseUpload } = await import("./analyse");
    const file = await analyseUpload("students", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), TODAY);
    expect(file.fileIssues).toEqual([{ key: "unreadableXlsx" }]);
  });
});
