import { describe, expect, it } from "vitest";
import { parseTable } from "@/lib/roster/import/table";
import { planSchools } from "./plan-schools";
import { normalizeRegistryCode, readSchools } from "./read-schools";

const read = (lines: string[]) => readSchools(parseTable(lines.join("\n")));
const ctx = {
  municipalities: [{ id: 1, nameRu: "г. Казань", nameTt: "Казан ш." }],
  schools: [
    {
      id: 10,
      registryCode: "1655000001",
      nameRu: "Школа № 1",
      nameTt: "1 нче мәктәп",
      shortNameRu: "Школа № 1",
      shortNameTt: "1 мәктәп",
      address: null,
      municipalityId: 1,
    },
  ],
};

describe("reading a region's list of schools", () => {
  it("maps Russian headers and aliases, and names the missing required columns", () => {
    expect(read(["ИНН;Наименование;Район", "1655000001;Школа № 1;г. Казань"]).rows[0].record).toMatchObject({
      registryCode: "1655000001",
      nameRu: "Школа № 1",
      municipality: "г. Казань",
    });
    expect(read(["Наименование;Адрес", "Школа;ул."]).fileIssues).toEqual([{ key: "missingColumns", params: { columns: "registryCode, municipality" } }]);
  });

  it("reads a code with spaces as one code and refuses one that is not a code", () => {
    expect(normalizeRegistryCode(" 16 55 000001 ")).toBe("1655000001");
    expect(read(["Код в реестре;Полное название;Муниципалитет", "№?;Школа;Район"]).rows[0].issues).toEqual([
      { column: "registryCode", key: "badRegistryCode", params: { value: "№?" } },
    ]);
  });
});

describe("planning the import", () => {
  it("finds a known school by its code: unchanged, or changed in the fields the file gives", () => {
    const plan = planSchools(
      read(["Код в реестре;Полное название;Муниципалитет;Адрес", "1655000001;Школа № 1;Казан ш.;", "1655000002;Школа № 2;Новый район;ул. Мира"]).rows,
      ctx,
    );
    expect(plan.rows.map((r) => r.status)).toEqual(["unchanged", "new"]);
    expect(plan.ops.newMunicipalities).toEqual(["Новый район"]);
    expect(plan.ops.newSchools[0]).toMatchObject({ registryCode: "1655000002", municipality: { newName: "Новый район" }, fields: { nameTt: "Школа № 2" } });
    const changed = planSchools(read(["Код в реестре;Полное название;Муниципалитет;Адрес", "1655000001;Школа № 1;г. Казань;ул. Новая"]).rows, ctx);
    expect(changed.counts).toEqual({ new: 0, changed: 1, unchanged: 0, error: 0 });
    expect(changed.ops.updates).toEqual([{ schoolId: 10, data: { address: "ул. Новая" } }]);
  });

  it("refuses the second row of the same code", () => {
    const plan = planSchools(read(["Код в реестре;Полное название;Муниципалитет", "A-1;Школа;Район", "a-1;Другая;Район"]).rows, ctx);
    expect(plan.rows[1]).toMatchObject({ status: "error", notes: [{ key: "duplicateRow", params: { row: 2 } }] });
    expect(plan.ops.newSchools).toHaveLength(1);
  });
});
