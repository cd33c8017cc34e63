// Writing an import of a region's schools: the new schools' first administrators' accounts are
// prepared first (logins, one-time passwords, Argon2 hashes, a few at a time), then municipalities,
// schools and changes are written in one transaction with one audit event, so a failure leaves
// nothing half-imported.
import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { bilingual } from "@/lib/i18n/bilingual";
import { prepareAccounts } from "@/lib/roster/accounts";
import { formatName } from "@/lib/roster/import/plan-types";
import type { TMunicipalityRef, TSchoolOps } from "./import/plan-schools";
import { openSchool } from "./open-school";

export type TIssuedSchoolAdmin = { key: string; schoolName: string; name: string; login: string; password: string };

/** A login from the registry code ("admin.1655012345"), so a sheet and its school are easy to match. */
function wantedLogin(code: string): string {
  const slug = code.toLowerCase().replace(/[^\p{Ll}\p{N}._-]/gu, "");
  return `admin.${slug}`.slice(0, 40);
}

export async function commitSchools(opts: { regionId: number; actorId: number; ops: TSchoolOps; fileName: string }): Promise<TIssuedSchoolAdmin[]> {
  const { regionId, ops } = opts;
  const fallback = { lastName: bilingual("admin:regionImport.defaultAdminLastName").nameRu, firstName: "", middleName: null };
  const admins = ops.newSchools.map((s) => s.admin ?? fallback);
  const accounts = await prepareAccounts(admins.map((a, i) => ({ ...a, wanted: wantedLogin(ops.newSchools[i].registryCode) })));
  const result = await db.$transaction(
    async (tx) => {
      const municipalities = ops.newMunicipalities.length
        ? await tx.municipality.createManyAndReturn({
            data: ops.newMunicipalities.map((name) => ({ regionId, nameRu: name, nameTt: name })),
            select: { id: true, nameRu: true },
          })
        : [];
      const idOfName = new Map(municipalities.map((m) => [m.nameRu, m.id]));
      const idOf = (ref: TMunicipalityRef) => ("id" in ref ? ref.id : (idOfName.get(ref.newName) as number));
      const created: number[] = [];
      for (const [i, s] of ops.newSchools.entries()) {
        const opened = await openSchool(
          tx,
          { regionId, municipalityId: idOf(s.municipality), registryCode: s.registryCode, ...s.fields },
          { ...admins[i], login: accounts[i].login, passwordHash: accounts[i].passwordHash },
        );
        created.push(opened.schoolId);
      }
      for (const u of ops.updates) {
        await tx.school.update({
          where: { id: u.schoolId, regionId },
          data: { ...u.data, ...(u.municipality ? { municipalityId: idOf(u.municipality) } : {}) },
          select: { id: true },
        });
      }
      await recordAudit(tx, {
        schoolId: null,
        actorId: opts.actorId,
        action: "region.importSchools",
        entityType: "Region",
        entityId: regionId,
        after: {
          fileName: opts.fileName,
          created,
          changed: ops.updates.map((u) => ({ schoolId: u.schoolId, fields: Object.keys(u.data), municipality: Boolean(u.municipality) })),
          municipalities: municipalities.map((m) => m.id),
          admins: accounts.map((a) => a.login),
        },
      });
      return created;
    },
    { timeout: 600_000, maxWait: 15_000 },
  );
  return ops.newSchools.map((s, i) => ({
    key: String(result[i]),
    schoolName: s.fields.shortNameRu,
    name: formatName(admins[i]),
    login: accounts[i].login,
    password: accounts[i].password,
  }));
}
