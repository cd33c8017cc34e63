// Opening a school is the regional administrator's, in their own region only.
import { db } from "@/lib/db";
import { createSchoolAction } from "@/lib/region/actions";
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
