// `npm run admin:create`: the first administrator of an installation, from the command line.
//   --region "Республика Татарстан" --login region.admin [--name "Фамилия Имя Отчество"]
//       a regional administrator of that region (the region is created when new; --region-tt
//       names it in Tatar, otherwise both names are the same)
//   --region … --school "Школа № 1" --municipality "Казань" --login school1.admin [--name …]
//       the school's administrator (school and municipality are created when new)
//   --one-time   print a one-time password (also when not run on a terminal) instead of asking
//   --another    add an administrator where one exists already (refused otherwise)
// The password is asked twice without echo on a terminal; a one-time password must be changed at
// the first sign-in. The account and an audit event are written in one transaction.
import "dotenv/config";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateOneTimePassword } from "../lib/auth/one-time-password";
import { hashPassword } from "../lib/auth/password";
import { passwordProblem } from "../lib/auth/password-policy";
import { migrate } from "../lib/database/migrate";
import { createPrismaClient } from "../lib/database/prisma";
import { openSchool } from "../lib/region/open-school";
import { LOGIN_PATTERN } from "../lib/roster/logins";
import { askHidden } from "./lib/ask-hidden";
import { maintenanceDatabase } from "./lib/maintenance-db";
import { onShutdown, shutdown } from "./lib/process";

const { values } = parseArgs({
  options: {
    region: { type: "string" },
    "region-tt": { type: "string" },
    school: { type: "string" },
    "school-tt": { type: "string" },
    municipality: { type: "string" },
    login: { type: "string" },
    name: { type: "string" },
    "one-time": { type: "boolean", default: false },
    another: { type: "boolean", default: false },
    force: { type: "boolean", default: false },
  },
});

function fail(message: string): never {
  console.error(`[admin:create] ${message}`);
  return shutdown(1) as never;
}

process.chdir(resolve(dirname(fileURLToPath(import.meta.url)), ".."));

const login = (values.login ?? "").trim().toLowerCase();
if (!values.region || !login)
  fail(
    'usage: npm run admin:create -- --region "Республика Татарстан" --login LOGIN [--name "Фамилия Имя Отчество"] [--school NAME --municipality NAME] [--one-time] [--another]',
  );
if (!LOGIN_PATTERN.test(login)) fail(`--login: "${login}" is not a login (3–40 lower-case letters, digits, ".", "_", "-", starting with a letter or digit).`);
if (values.school && !values.municipality) fail("--school needs --municipality: the municipality the school belongs to.");
const [lastName = login, firstName = "", ...middle] = (values.name ?? "").trim().split(/\s+/).filter(Boolean);
const isAnother = values.another || values.force;

// The embedded database is joined where `npm start` already runs it, as backup and restore do.
const handle = await maintenanceDatabase();
onShutdown(() => handle.stop());
await migrate(handle.url);
const db = createPrismaClient(handle.url, 2);
onShutdown(() => db.$disconnect());

if (await db.user.findUnique({ where: { login }, select: { id: true } })) fail(`the login "${login}" is taken: choose another with --login.`);

const regionName = values.region.trim();
const region = await db.region.findFirst({ where: { OR: [{ nameRu: regionName }, { nameTt: regionName }] }, select: { id: true } });
const schoolName = values.school?.trim();
const school =
  region && schoolName
    ? await db.school.findFirst({
        where: { regionId: region.id, OR: [{ nameRu: schoolName }, { shortNameRu: schoolName }, { nameTt: schoolName }] },
        select: { id: true },
      })
    : null;

const existing = schoolName
  ? school && (await db.userRole.count({ where: { role: "SCHOOL_ADMIN", schoolId: school.id } }))
  : region && (await db.userRole.count({ where: { role: "REGION_ADMIN", regionId: region.id } }));
if (existing && !isAnother) {
  fail(`${schoolName ? `"${schoolName}"` : `the region "${regionName}"`} has an administrator already; add --another to create one more.`);
}

const isOneTime = values["one-time"] || !process.stdin.isTTY;
let password: string;
if (isOneTime) password = generateOneTimePassword();
else {
  password = await askHidden("Password for the new administrator: ");
  const problem = passwordProblem(password, login);
  if (problem) fail(`the password is refused (${problem}): at least 8 characters, not the login, not a common one.`);
  if ((await askHidden("The same password again: ")) !== password) fail("the two passwords differ; nothing was created.");
}
const passwordHash = await hashPassword(password);

const created = await db.$transaction(
  async (tx) => {
    const regionId =
      region?.id ?? (await tx.region.create({ data: { nameRu: regionName, nameTt: values["region-tt"]?.trim() || regionName }, select: { id: true } })).id;
    const person = { lastName, firstName, middleName: middle.join(" ") || null };
    let schoolId: number | null = null;
    let userId: number;
    if (schoolName) {
      if (school) {
        schoolId = school.id;
        userId = (
          await tx.user.create({
            data: { login, passwordHash, mustChangePassword: isOneTime, ...person, roles: { create: { role: "SCHOOL_ADMIN", schoolId } } },
            select: { id: true },
          })
        ).id;
      } else {
        const municipalityName = (values.municipality as string).trim();
        const municipalityId =
          (await tx.municipality.findFirst({ where: { regionId, OR: [{ nameRu: municipalityName }, { nameTt: municipalityName }] }, select: { id: true } }))
            ?.id ?? (await tx.municipality.create({ data: { regionId, nameRu: municipalityName, nameTt: municipalityName }, select: { id: true } })).id;
        const names = { nameRu: schoolName, nameTt: values["school-tt"]?.trim() || schoolName };
        const opened = await openSchool(
          tx,
          { regionId, municipalityId, ...names, shortNameRu: schoolName.slice(0, 60), shortNameTt: names.nameTt.slice(0, 60), address: null },
          { ...person, login, passwordHash },
        );
        await tx.user.update({ where: { id: opened.adminId }, data: { mustChangePassword: isOneTime }, select: { id: true } });
        schoolId = opened.schoolId;
        userId = opened.adminId;
      }
    } else {
      userId = (
        await tx.user.create({
          data: { login, passwordHash, mustChangePassword: isOneTime, ...person, roles: { create: { role: "REGION_ADMIN", regionId } } },
          select: { id: true },
        })
      ).id;
    }
    await tx.auditEvent.create({
      data: {
        schoolId,
        actorId: null,
        action: "admin.create",
        entityType: "User",
        entityId: String(userId),
        after: {
          login,
          role: schoolName ? "SCHOOL_ADMIN" : "REGION_ADMIN",
          regionId,
          schoolId,
          isOneTime,
          via: "npm run admin:create",
          osUser: process.env.USER ?? null,
        },
      },
      select: { id: true },
    });
    return { userId, regionId, schoolId };
  },
  { timeout: 60_000 },
);

const base = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const role = schoolName ? `administrator of "${schoolName}"` : `regional administrator of "${regionName}"`;
console.log(`[admin:create] ${login}: ${role} created (user ${created.userId}).`);
if (isOneTime) console.log(`[admin:create] one-time password: ${password}  (shown once; it must be changed at the first sign-in)`);
console.log(
  `[admin:create] next: start Belem (npm start -- --no-seed), sign in at ${base}/login as ${login}, then ${
    schoolName ? "set up the school year at /school" : "add the region's schools at /region (one by one, or from a file at /region/import)"
  }.`,
);
await shutdown(0);
