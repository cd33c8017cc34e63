import { describe, expect, it } from "vitest";
import { activeRole, can, homePath, PERMISSIONS, ROLE_PERMISSIONS, rolesOf, schoolsWith } from "./authz";

describe("permission table", () => {
  it("grants only known permissions", () => {
    for (const perms of Object.values(ROLE_PERMISSIONS)) for (const p of perms) expect(PERMISSIONS).toContain(p);
  });

  it("unites the roles of a person and scopes them by school", () => {
    const teacherParent = [
      { role: "TEACHER" as const, schoolId: 1, regionId: null },
      { role: "PARENT" as const, schoolId: 2, regionId: null },
    ];
    expect(can(teacherParent, "journal:write", { schoolId: 1 })).toBe(true);
    expect(can(teacherParent, "journal:write", { schoolId: 2 })).toBe(false);
    expect(can(teacherParent, "diary:read:child")).toBe(true);
    expect(schoolsWith(teacherParent, "journal:read")).toEqual([1]);
    expect(homePath(teacherParent)).toBe("/lessons");
  });

  it("gives parents and students no journal rights", () => {
    for (const role of ["PARENT", "STUDENT"] as const) {
      expect(can([{ role, schoolId: 1, regionId: null }], "journal:write")).toBe(false);
      expect(can([{ role, schoolId: 1, regionId: null }], "journal:read")).toBe(false);
    }
  });

  it("sends each role to its home", () => {
    expect(homePath([{ role: "PARENT", schoolId: 1, regionId: null }])).toBe("/diary");
    expect(homePath([{ role: "STUDENT", schoolId: 1, regionId: null }])).toBe("/diary");
    expect(homePath([{ role: "SCHOOL_ADMIN", schoolId: 1, regionId: null }])).toBe("/school");
    expect(homePath([{ role: "REGION_ADMIN", schoolId: null, regionId: 1 }])).toBe("/region");
  });

  it("follows the role a person chose for their home, and ignores a role they do not hold", () => {
    const teacherParent = [
      { role: "PARENT" as const, schoolId: 1, regionId: null },
      { role: "TEACHER" as const, schoolId: 1, regionId: null },
    ];
    expect(rolesOf(teacherParent)).toEqual(["TEACHER", "PARENT"]);
    expect(homePath(teacherParent, "PARENT")).toBe("/diary");
    expect(homePath(teacherParent, "TEACHER")).toBe("/lessons");
    for (const forged of ["SCHOOL_ADMIN", "REGION_ADMIN", "teacher", "", null, undefined]) {
      expect(activeRole(teacherParent, forged)).toBe("TEACHER");
      expect(homePath(teacherParent, forged)).toBe("/lessons");
    }
    expect(homePath([], "TEACHER")).toBe("/login");
  });
});
