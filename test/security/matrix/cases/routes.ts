// Route handlers. next-auth's endpoints sign people in and out; who may do that is the login's
// business (tested in lib/auth/*.integration.test.ts), not a resource's.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { checkFile, storeFile } from "@/lib/homework/storage";
import { ALL_SCOPES, exemptRoute, routeCases, SCHOOL_SCOPES } from "../define";

const NEXT_AUTH = "next-auth's own endpoints (sign-in, sign-out, CSRF token, session): tested by lib/auth/*.integration.test.ts and e2e/security.spec.ts";
exemptRoute("GET /api/auth/[...nextauth]", NEXT_AUTH);
exemptRoute("POST /api/auth/[...nextauth]", NEXT_AUTH);
exemptRoute(
  "GET /api/bench/ping",
  "the benchmark's floor: answers the server's clock, reads no data and no session; 404 in production unless BELEM_DIAGNOSTIC_ROUTES=1",
);
exemptRoute("GET /api/health", "public liveness for load balancers: answers {status:'ok'}, reads no data and no session");
exemptRoute(
  "GET /api/health/ready",
  "public readiness for load balancers: counts of applied migrations and whether the database answers, no personal data, no session",
);

// Only a parent downloads a child's data; staff who may read the diary may not take it away.
routeCases("GET /api/export/child/[studentId]", {
  scopes: ALL_SCOPES,
  allowed: { parent: ["own"] },
  request: (t) => ({ params: { studentId: String(t.pupil.id) } }),
  verify: async (response, t) => {
    const data = await response.json();
    expect(data.profile.id).toBe(t.pupil.id);
  },
});

// A homework file: the school's staff, and the pupils of the class with their parents.
routeCases("GET /api/homework-files/[id]", {
  scopes: ["own", "otherClass", "otherSchool"],
  allowed: { admin: SCHOOL_SCOPES, teacher: SCHOOL_SCOPES, homeroom: SCHOOL_SCOPES, student: ["own"], parent: ["own"] },
  request: async (t) => {
    const checked = await checkFile(new File(["Задачи на дроби"], "zadachi.txt", { type: "text/plain" }));
    const stored = await storeFile(checked as NonNullable<typeof checked>);
    const row = await db.homeworkAttachment.create({ data: { schoolId: t.schoolId, homeworkId: t.homeworkId, ...stored }, select: { id: true } });
    return { params: { id: String(row.id) } };
  },
  verify: async (response) => {
    expect(await response.text()).toBe("Задачи на дроби");
  },
});

// Reports (.xlsx): a teacher's own assignment; the homeroom teacher's class; the whole school for
// its administration; the region's schools for the regional administrator.
routeCases("GET /api/reports/assignment/[assignmentId]", {
  scopes: ALL_SCOPES,
  allowed: { admin: SCHOOL_SCOPES, teacher: ["own"] },
  request: (t) => ({ params: { assignmentId: String(t.assignmentId) } }),
});

for (const kind of ["attendance", "term-sheet"]) {
  routeCases(`GET /api/reports/${kind}/[classId]`, {
    scopes: ALL_SCOPES,
    allowed: { admin: SCHOOL_SCOPES, homeroom: ["own"] },
    request: (t) => ({ params: { classId: String(t.classId) } }),
  });
}

routeCases("GET /api/reports/school", {
  scopes: ["own", "otherSchool"],
  allowed: { admin: ["own"], region: ["own"] },
  request: (t) => ({ params: {}, search: { school: String(t.schoolId) } }),
});

routeCases("GET /api/reports/region", {
  scopes: ["own"],
  allowed: { region: ["own"] },
  request: () => ({ params: {} }),
});
