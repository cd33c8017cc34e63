// The top of a V8 CPU profile (`node --cpu-prof`, or `BENCH_CPU_PROF=<dir> npm run bench`): where
// the app process spent its time, by function (self time) and by package.
//   npx tsx bench/profile-summary.ts <file.cpuprofile> [top=25]
import { readFileSync } from "node:fs";

type TNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type TProfile = { nodes: TNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] };

/** "next", "react-dom", "@prisma/client", "app" (the build's own chunks), "node" (built-ins), "(program)"… */
export function packageOf(url: string, fn: string): string {
  if (!url) return fn.startsWith("(") ? fn : "(native)";
  if (url.startsWith("node:")) return "node";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) {
    const inner = /node_modules\/(?:next\/dist\/compiled\/)((?:@[^/]+\/)?[^/]+)/.exec(url);
    return inner ? `next/compiled/${inner[1]}` : m[1];
  }
  return url.includes("/.next") ? "app build" : "other";
}

export function summarize(profile: TProfile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, number>();
  const pkgs = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id);
    if (!n) continue;
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url ? `${url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*\/(\.next[^/]*)\//, "$1/")}:${lineNumber + 1}` : "";
    const key = `${functionName || "(anonymous)"} ${where}`.trim();
    fns.set(key, (fns.get(key) ?? 0) + us);
    const pkg = packageOf(url, functionName);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)} %`;
  const lines = [`${(total / 1e6).toFixed(1)} s of samples`, "", "| package | self time |", "|---|---|"];
  for (const [k, v] of [...pkgs].sort((a, b) => b[1] - a[1]).slice(0, 12)) lines.push(`| ${k} | ${pct(v)} |`);
  lines.push("", "| function | self time |", "|---|---|");
  for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`| \`${k.slice(0, 110)}\` | ${pct(v)} |`);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("profile-summary.ts")) {
  const [file, top] = process.argv.slice(2);
  if (!file) throw new Error("usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [top]");
  console.log(summarize(JSON.parse(readFileSync(file, "utf8")) as TProfile, Number(top) || 25));
}
