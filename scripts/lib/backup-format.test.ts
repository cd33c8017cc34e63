import { describe, expect, it } from "vitest";
import { dependencyOrder, isPgDumpCompatible, lineHasher } from "./backup-format";

describe("the backup format", () => {
  it("uses pg_dump only when its major version is at least the server's", () => {
    expect(isPgDumpCompatible("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", 180004)).toBe(false);
    expect(isPgDumpCompatible("pg_dump (PostgreSQL) 18.1", 180004)).toBe(true);
    expect(isPgDumpCompatible("pg_dump (PostgreSQL) 18.1", 150003)).toBe(true);
    expect(isPgDumpCompatible("command not found", 180004)).toBe(false);
  });

  it("orders tables after the tables they reference, whatever order they come in", () => {
    const refs = [
      { from: "Mark", to: "Lesson" },
      { from: "Lesson", to: "School" },
      { from: "Mark", to: "User" },
      { from: "UserRole", to: "User" },
      { from: "UserRole", to: "School" },
    ];
    const order = dependencyOrder(["Mark", "UserRole", "Lesson", "User", "School"], refs);
    for (const r of refs) expect(order.indexOf(r.from)).toBeGreaterThan(order.indexOf(r.to));
    expect(() =>
      dependencyOrder(
        ["A", "B"],
        [
          { from: "A", to: "B" },
          { from: "B", to: "A" },
        ],
      ),
    ).toThrow(/Circular/);
  });

  it("hashes lines so that a changed or missing line is noticed", () => {
    const digest = (lines: string[]) => {
      const h = lineHasher();
      for (const l of lines) h.add(l);
      return h.digest();
    };
    expect(digest(["a", "b"])).toBe(digest(["a", "b"]));
    expect(digest(["a", "b"])).not.toBe(digest(["a", "c"]));
    expect(digest(["a", "b"])).not.toBe(digest(["a"]));
    expect(digest(["ab"])).not.toBe(digest(["a", "b"]));
  });
});
