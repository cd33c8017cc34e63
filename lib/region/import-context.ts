// The database's side of an import of a region's schools: its municipalities and schools as the
// pure planner expects them, and the plan's digest (the commit recomputes it and refuses when the
// preview the administrator saw is no longer true).
import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { countStatuses } from "@/lib/roster/import/plan-types";
import { readTableFile } from "@/lib/roster/import/read-table";
import type { TRowIssue } from "@/lib/roster/import/rows";
import { planSchools, type TSchoolPlan } from "./import/plan-schools";
import { readSchools } from "./import/read-schools";

export async function planSchoolsImport(regionId: number, bytes: Uint8Array) {
  const file = await readTableFile(bytes);
  const empty: TSchoolPlan = { rows: [], ops: { newMunicipalities: [], newSchools: [], updates: [] }, counts: countStatuses([]) };
  if (!file.table) {
    return { encoding: null, fileIssues: [{ key: "unreadable" }] as TRowIssue[], ignored: [] as string[], plan: empty, digest: "" };
  }
  const read = readSchools(file.table);
  let plan = empty;
  if (!read.fileIssues.length) {
    const [municipalities, schools] = await Promise.all([
      db.municipality.findMany({ where: { regionId }, select: { id: true, nameRu: true, nameTt: true } }),
      db.school.findMany({
        where: { regionId },
        select: { id: true, registryCode: true, nameRu: true, nameTt: true, shortNameRu: true, shortNameTt: true, address: true, municipalityId: true },
      }),
    ]);
    plan = planSchools(read.rows, { municipalities, schools });
  }
  const digest = createHash("sha256")
    .update(JSON.stringify({ regionId, rows: plan.rows, ops: plan.ops }))
    .digest("hex");
  return { encoding: file.encoding, fileIssues: read.fileIssues, ignored: read.ignored, plan, digest };
}
