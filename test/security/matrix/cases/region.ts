// Opening and importing schools is the regional administrator's, in their own region only.
import { db } from "@/lib/db";
import { createSchoolAction } from "@/lib/region/actions";
import { commitSchoolsImportAction, previewSchoolsImportAction } from "@/lib/region/import-actions";
import { planSchoolsImport } from "@/lib/region/import-context";
import { actionCases } from "../define";

actionCases(createSchoolAction, {
  scopes: ["own", "otherSchool"],
  allowed: { region: ["own"] },
  input: async (t, { n }) => {
    const school = await db.school.findUniqueOrThrow({ where: { id: t.schoolId }, select: { municipalityId: true } });
    return {
      municipalityId: school.municipalityId,
      nameRu: `Школа № ${n}`,
      nameTt: `${n} нче мәктәп`,
      shortNameRu: `Школа ${n}`,
      shortNameTt: `${n} мәктәп`,
      address: "",
      adminLastName: "Директоров",
      adminFirstName: "Марат",
      adminLogin: "",
    };
  },
});

// Importing schools works in the regional administrator's own region (taken from the session,
// never from the input); the file names a school by a code of its own for each case.
const schoolsCsv = (n: number) =>
  Buffer.from(`Код в реестре;Полное название;Муниципалитет\r\nM${9000 + n};Матричная школа № ${n};Матричный район\r\n`).toString("base64");

actionCases(previewSchoolsImportAction, {
  scopes: ["own"],
  allowed: { region: ["own"] },
  input: (_t, { n }) => ({ fileName: "schools.csv", fileBase64: schoolsCsv(n) }),
});

// The digest is what the administrator's preview showed: computed the same way here.
actionCases(commitSchoolsImportAction, {
  scopes: ["own"],
  allowed: { region: ["own"] },
  input: async (t, { n }) => {
    const fileBase64 = schoolsCsv(n);
    const { regionId } = await db.school.findUniqueOrThrow({ where: { id: t.schoolId }, select: { regionId: true } });
    const { digest } = await planSchoolsImport(regionId, new Uint8Array(Buffer.from(fileBase64, "base64")));
    return { fileName: "schools.csv", fileBase64, digest };
  },
});
