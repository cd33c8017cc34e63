// People, enrolments, parent links and imports: the school's administrator, in their own school.
// Every case acts on people made for it, so deactivating or moving someone never pulls the
// ground from under another case.

import { expect } from "vitest";
import { createServerSession } from "@/lib/auth/server-sessions";
import { db } from "@/lib/db";
import { endEnrolmentAction, enrolAction, linkParentAction, transferAction, unlinkParentAction } from "@/lib/roster/enrolment-actions";
import { commitImportAction, previewImportAction } from "@/lib/roster/import-actions";
import { planImport } from "@/lib/roster/import-context";
import { createPersonAction, resetPasswordAction, setPersonActiveAction, signOutEverywhereAction, updatePersonAction } from "@/lib/roster/people-actions";
import { createPerson } from "@/test/support/factories";
import { actionCases } from "../define";
import type { TTarget } from "../world";

const SCHOOL_WIDE = ["own", "otherSchool"] as const;
const ADMIN = { admin: ["own"] } as const;
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** A pupil of the target's class, enrolled since September, made for one case. */
async function newPupil(t: TTarget, enrolled = true) {
  const p = await createPerson(db, t.schoolId, ["STUDENT"], "Ученик");
  if (enrolled) await db.enrolment.create({ data: { schoolId: t.schoolId, classId: t.classId, studentId: p.id, startDate: d("2026-09-01") } });
  return p;
}

async function newClass(t: TTarget, n: number) {
  const letters = "ВГДЕЖЗИКЛМН";
  const cls = await db.schoolClass.create({
    data: {
      schoolId: t.schoolId,
      yearId: t.yearId,
      grade: 10,
      letter: `${letters[n % letters.length]}${letters[Math.floor(n / letters.length) % letters.length]}`,
    },
    select: { id: true },
  });
  return cls.id;
}

/** A one-pupil CSV for the target's class (5 «А» in every school of the world). */
function csv(n: number) {
  const text = `Фамилия;Имя;Отчество;Дата рождения;Класс\nИмпортов${n};Ильдар;;01.02.2015;5А\n`;
  return Buffer.from(text, "utf8").toString("base64");
}

actionCases(createPersonAction, {
  scopes: ["own"],
  allowed: ADMIN,
  input: (t) => ({ lastName: "Новиков", firstName: "Олег", login: "", role: "STUDENT", classId: t.classId, startDate: "2026-11-02" }),
});

actionCases(updatePersonAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => {
    const p = await newPupil(t, false);
    return { userId: p.id, lastName: p.lastName, firstName: "Обновлённое", login: "", roles: ["STUDENT"] };
  },
});

actionCases(setPersonActiveAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => ({ userId: (await newPupil(t, false)).id, isActive: false }),
});

actionCases(resetPasswordAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => ({ userId: (await newPupil(t, false)).id }),
});

actionCases(signOutEverywhereAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => {
    const pupil = await newPupil(t, false);
    await createServerSession(pupil.id, "matrix");
    return { userId: pupil.id };
  },
  verify: async (result) => {
    const { userId } = (result.data ?? {}) as { userId: number };
    expect(await db.session.count({ where: { userId, revokedAt: null } })).toBe(0);
  },
});

actionCases(enrolAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => ({ studentId: (await newPupil(t, false)).id, classId: t.classId, startDate: "2026-11-02" }),
});

actionCases(transferAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t, { n }) => ({ studentId: (await newPupil(t)).id, classId: await newClass(t, n), date: "2026-11-16" }),
});

actionCases(endEnrolmentAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => ({ studentId: (await newPupil(t)).id, endDate: "2026-11-20" }),
});

actionCases(linkParentAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => ({ parentId: t.actors.parent.id, childId: (await newPupil(t)).id, relation: "мать" }),
});

actionCases(unlinkParentAction, {
  scopes: SCHOOL_WIDE,
  allowed: ADMIN,
  input: async (t) => {
    const link = await db.parentLink.create({
      data: { schoolId: t.schoolId, parentId: t.actors.parent.id, childId: (await newPupil(t)).id },
      select: { id: true },
    });
    return { linkId: link.id };
  },
});

actionCases(previewImportAction, {
  scopes: ["own"],
  allowed: ADMIN,
  input: (_t, { n }) => ({ kind: "students", fileName: "5a.csv", fileBase64: csv(n) }),
});

// The digest is what the administrator's preview showed: computed the same way here.
actionCases(commitImportAction, {
  scopes: ["own"],
  allowed: ADMIN,
  input: async (t, { n }) => {
    const fileBase64 = csv(n);
    const { digest } = await planImport(t.schoolId, { kind: "students", bytes: new Uint8Array(Buffer.from(fileBase64, "base64")) });
    return { kind: "students", fileName: "5a.csv", fileBase64, digest };
  },
});
