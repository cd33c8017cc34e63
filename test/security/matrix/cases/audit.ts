// The audit log's download: an administrator their school's, a regional administrator their
// region's schools'; nobody else, and a school outside one's reach answers 404.
import { expect } from "vitest";
import { routeCases } from "../define";

routeCases("GET /api/audit/export", {
  scopes: ["own", "otherSchool"],
  allowed: { admin: ["own"], region: ["own"] },
  request: (t) => ({ params: {}, search: { school: String(t.schoolId) } }),
  verify: async (response) => {
    expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
  },
});
