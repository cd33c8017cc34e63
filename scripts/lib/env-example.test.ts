// .env.example names every variable of the README's configuration table, so a new operator can
// start from it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

it("every variable of README › Configuration is in .env.example", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("\n## ", readme.indexOf("## Configuration") + 1));
  const variables = [...section.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
  expect(variables.length).toBeGreaterThan(5);
  const example = readFileSync(join(ROOT, ".env.example"), "utf8");
  for (const name of variables) expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, "m"));
});
