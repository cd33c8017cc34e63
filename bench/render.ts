// Re-renders a results file's Markdown table (after a change to the report's layout):
//   npx tsx bench/render.ts bench/results/2026-11-25.json
import { readFileSync, writeFileSync } from "node:fs";
import { judgeTargets, markdown, type TResults } from "./report";

const file = process.argv[2];
if (!file?.endsWith(".json")) throw new Error("usage: tsx bench/render.ts bench/results/<date>.json");
const results = JSON.parse(readFileSync(file, "utf8")) as TResults;
results.machine.calibrationMs ??= [];
const out = markdown({ ...results, targets: judgeTargets(results) });
writeFileSync(file.replace(/\.json$/, ".md"), `${out}\n`);
console.log(out);
