"use server";
// People of a school: accounts with a one-time password, their names and contacts, their roles
// in this school, deactivation (never deletion: marks and journals keep pointing at a person).
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { recordAudit } from "@/lib/audit/record";
import { revokeAllServerSessions } from "@/lib/auth/server-sessions";
import { db } from "@/lib/db";
import { ActionError } from "@/lib/errors";
import { adminMessage, failFields } from "@/lib/forms/errors";
import { fromIsoDate, schoolToday, toIsoDate } from "@/lib/i18n/dates";
import { findCurrentYear } from "@/lib/school/lookups";
import { fullName } from "@/lib/school/names";
import { newOneTimePassword, prepareAccounts } from "./accounts";
import { PERSON_DETAILS_SELECT } from "./people-queries";
import { ZCreatePersonInput, ZResetPasswordInput, ZSetPersonActiveInput, ZUpdatePersonInput } from "./people-schemas";

/** A person with a role in the school (people of other schools are not found). */
async function findSchoolPerson(schoolId: number, userId: number) {
  return db.user.findFirst({
    where: { id: userId, roles: { some: { schoolId } } },
    select: {
      ...PERSON_DETAILS_SELECT,
      roles: { where: { schoolId }, select: { id: true, role: true } },
    },
  });
}

/** The columns of a person that the admin forms edit. */
function personData(input: {
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
}) {
  const { lastName, firstName, middleName, email, phone } = input;
  return { lastName, firstName, middleName, email, phone, birthDate: input.birthDate ? fromIsoDate(input.birthDate) : null };
}

async function loginTaken(login: string, exceptUserId = 0) {
  return Boolean(await db.user.findFirst({ where: { login, id: { not: exceptUserId } }, select: { id: true } }));
}

export const createPersonAction = schoolAdminClient
  .metadata({ name: "roster.createPerson" })
  .inputSchema(ZCreatePersonInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    if (input.login && (await loginTaken(input.login))) failFields(ZCreatePersonInput, [{ path: "login", message: adminMessage("loginTaken") }]);
    let enrolment: { classId: number; startDate: Date } | null = null;
    if (input.role === "STUDENT" && input.classId) {
      const year = await findCurrentYear(schoolId);
      const cls = year && (await db.schoolClass.findFirst({ where: { id: input.classId, schoolId, yearId: year.id }, select: { id: true } }));
      if (!year || !cls) failFields(ZCreatePersonInput, [{ path: "classId", message: "field.invalid_value" }]);
      const start = input.startDate ?? [toIsoDate(year.startDate), schoolToday()].sort()[1];
      if (start < toIsoDate(year.startDate) || start > toIsoDate(year.endDate))
        failFields(ZCreatePersonInput, [{ path: "startDate", message: adminMessage("outsideYear") }]);
      enrolment = { classId: cls.id, startDate: fromIsoDate(start) };
    }
    if (input.role === "PARENT" && input.childId) {
      const child = await db.user.findFirst({ where: { id: input.childId, roles: { some: { schoolId, role: "STUDENT" } } }, select: { id: true } });
      if (!child) failFields(ZCreatePersonInput, [{ path: "childId", message: "field.invalid_value" }]);
    }
    const [account] = await prepareAccounts([{ ...input, wanted: input.login }]);
    const created = await db.$transaction(async (tx) => {
      const row = await tx.user.create({
        data: {
          login: account.login,
          passwordHash: account.passwordHash,
          mustChangePassword: true,
          ...personData(input),
          roles: { create: { role: input.role, schoolId } },
        },
        select: { id: true },
      });
      if (enrolment) await tx.enrolment.create({ data: { schoolId, studentId: row.id, ...enrolment } });
      if (input.role === "PARENT" && input.childId) await tx.parentLink.create({ data: { schoolId, parentId: row.id, childId: input.childId } });
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "person.create",
        entityType: "User",
        entityId: row.id,
        after: { ...input, login: account.login },
      });
      return row;
    });
    revalidatePath("/school", "layout");
    return { userId: created.id, name: fullName(input), login: account.login, password: account.password };
  });

export const updatePersonAction = schoolAdminClient
  .metadata({ name: "roster.updatePerson" })
  .inputSchema(ZUpdatePersonInput)
  .action(async ({ parsedInput: input, ctx: { user, schoolId } }) => {
    const person = await findSchoolPerson(schoolId, input.userId);
    if (!person) throw new ActionError("not_found");
    if (input.login && input.login !== person.login && (await loginTaken(input.login, person.id))) {
      failFields(ZUpdatePersonInput, [{ path: "login", message: adminMessage("loginTaken") }]);
    }
    const roles = new Set(input.roles);
    if (person.id === user.id && !roles.has("SCHOOL_ADMIN")) failFields(ZUpdatePersonInput, [{ path: "roles", message: adminMessage("ownAdminRole") }]);
    const removed = person.roles.filter((r) => !roles.has(r.role as never));
    const added = [...roles].filter((role) => !person.roles.some((r) => r.role === role));
    const data = { login: input.login ?? person.login, ...personData(input) };
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: person.id }, data, select: { id: true } });
      if (removed.length) await tx.userRole.deleteMany({ where: { schoolId, userId: person.id, id: { in: removed.map((r) => r.id) } } });
      if (added.length) await tx.userRole.createMany({ data: added.map((role) => ({ userId: person.id, role, schoolId })) });
      const { roles: beforeRoles, isActive: _active, ...before } = person;
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "person.update",
        entityType: "User",
        entityId: person.id,
        before: { ...before, birthDate: before.birthDate ? toIsoDate(before.birthDate) : null, roles: beforeRoles.map((r) => r.role) },
        after: { ...data, birthDate: input.birthDate, roles: input.roles },
      });
    });
    revalidatePath("/school", "layout");
    return { userId: person.id };
  });

export const setPersonActiveAction = schoolAdminClient
  .metadata({ name: "roster.setPersonActive" })
  .inputSchema(ZSetPersonActiveInput)
  .action(async ({ parsedInput: { userId, isActive }, ctx: { user, schoolId } }) => {
    if (userId === user.id) failFields(ZSetPersonActiveInput, [{ path: "", message: adminMessage("notYourself") }]);
    const person = await findSchoolPerson(schoolId, userId);
    if (!person) throw new ActionError("not_found");
    if (person.isActive === isActive) return { userId, isActive };
    await db.$transaction(async (tx) => {
      // Deactivation ends the person's sessions at once (the session version no longer matches).
      await tx.user.update({ where: { id: userId }, data: { isActive, sessionVersion: { increment: 1 } }, select: { id: true } });
      await revokeAllServerSessions(userId, tx);
      await recordAudit(tx, { schoolId, actorId: user.id, action: isActive ? "person.activate" : "person.deactivate", entityType: "User", entityId: userId });
    });
    revalidatePath("/school", "layout");
    return { userId, isActive };
  });

export const resetPasswordAction = schoolAdminClient
  .metadata({ name: "roster.resetPassword" })
  .inputSchema(ZResetPasswordInput)
  .action(async ({ parsedInput: { userId }, ctx: { user, schoolId } }) => {
    if (userId === user.id) failFields(ZResetPasswordInput, [{ path: "", message: adminMessage("notYourself") }]);
    const person = await findSchoolPerson(schoolId, userId);
    if (!person) throw new ActionError("not_found");
    const account = await newOneTimePassword();
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: userId },
        data: { passwordHash: account.passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
        select: { id: true },
      });
      await revokeAllServerSessions(userId, tx);
      await recordAudit(tx, { schoolId, actorId: user.id, action: "person.resetPassword", entityType: "User", entityId: userId });
    });
    return { userId, login: person.login, password: account.password };
  });

/** "Sign out everywhere": every session of the person ends at once (a lost phone, a shared computer). */
export const signOutEverywhereAction = schoolAdminClient
  .metadata({ name: "roster.signOutEverywhere" })
  .inputSchema(ZResetPasswordInput)
  .action(async ({ parsedInput: { userId }, ctx: { user, schoolId } }) => {
    if (userId === user.id) failFields(ZResetPasswordInput, [{ path: "", message: adminMessage("notYourself") }]);
    const person = await findSchoolPerson(schoolId, userId);
    if (!person) throw new ActionError("not_found");
    const ended = await db.$transaction(async (tx) => {
      const count = await revokeAllServerSessions(userId, tx);
      await recordAudit(tx, {
        schoolId,
        actorId: user.id,
        action: "person.signOutEverywhere",
        entityType: "User",
        entityId: userId,
        after: { sessions: count },
      });
      return count;
    });
    return { userId, ended };
  });
