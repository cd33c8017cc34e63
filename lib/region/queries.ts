// A region's schools with their head counts, for the regional administrator.
import "server-only";
import { db } from "@/lib/db";

export type TRegionSchool = {
  id: number;
  nameRu: string;
  nameTt: string;
  municipalityRu: string;
  municipalityTt: string;
  classes: number;
  pupils: number;
  teachers: number;
};

/** Counts come from one grouped SQL statement, not a query per school. */
export async function getRegionSchools(regionId: number): Promise<TRegionSchool[]> {
  return db.$queryRaw<TRegionSchool[]>`
    SELECT s.id, s."nameRu", s."nameTt", m."nameRu" AS "municipalityRu", m."nameTt" AS "municipalityTt",
      (SELECT count(*)::int FROM "SchoolClass" c JOIN "AcademicYear" y ON y.id = c."yearId" AND y."isCurrent" WHERE c."schoolId" = s.id) AS classes,
      (SELECT count(*)::int FROM "Enrolment" e WHERE e."schoolId" = s.id AND e."startDate" <= CURRENT_DATE AND (e."endDate" IS NULL OR e."endDate" >= CURRENT_DATE)) AS pupils,
      (SELECT count(*)::int FROM "UserRole" r WHERE r."schoolId" = s.id AND r.role = 'TEACHER') AS teachers
    FROM "School" s JOIN "Municipality" m ON m.id = s."municipalityId"
    WHERE s."regionId" = ${regionId}
    ORDER BY m."nameRu", s."nameRu"`;
}

export async function getMunicipalities(regionId: number) {
  return db.municipality.findMany({ where: { regionId }, orderBy: { nameRu: "asc" }, select: { id: true, nameRu: true, nameTt: true } });
}

export async function getRegionName(regionId: number) {
  return db.region.findUnique({ where: { id: regionId }, select: { nameRu: true, nameTt: true } });
}
