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

type TFlame = { label: string; us: number; children: Map<string, TFlame> };

/**
 * A flame graph in text: the call tree from the root down, each run of frames of one package
 * folded into one node, with its inclusive share of the samples; nodes under `minPct` are left out.
 * Also the inclusive share per package (time spent in or below it).
 */
export function flame(profile: TProfile, minPct = 2, maxDepth = 12): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes as (TNode & { children?: number[] })[]) for (const c of n.children ?? []) parent.set(c, n.id);
  const root: TFlame = { label: "(all)", us: 0, children: new Map() };
  const inclusive = new Map<string, number>();
  for (const [i, leaf] of profile.samples.entries()) {
    const us = profile.timeDeltas[i] ?? 0;
    const stack: string[] = [];
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const cf = byId.get(id)?.callFrame;
      if (!cf || cf.functionName === "(root)") continue;
      const label = cf.url ? packageOf(cf.url, cf.functionName) : cf.functionName || "(native)";
      if (stack.at(-1) !== label) stack.push(label);
    }
    stack.reverse();
    for (const label of new Set(stack)) inclusive.set(label, (inclusive.get(label) ?? 0) + us);
    root.us += us;
    let node = root;
    for (const label of stack.slice(0, maxDepth)) {
      const child = node.children.get(label) ?? { label, us: 0, children: new Map() };
      node.children.set(label, child);
      child.us += us;
      node = child;
    }
  }
  const pct = (us: number) => ((100 * us) / root.us).toFixed(1).padStart(5);
  const lines = ["inclusive share per package:", ""];
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`${pct(v)} %  ${k}`);
  lines.push("", `call tree (packages folded, ≥ ${minPct} %):`, "");
  const walk = (node: TFlame, depth: number) => {
    for (const child of [...node.children.values()].sort((a, b) => b.us - a.us)) {
      if ((100 * child.us) / root.us < minPct) continue;
      lines.push(`${pct(child.us)} %  ${"  ".repeat(depth)}${child.label}`);
      walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("profile-summary.ts")) {
  const [file, top] = process.argv.slice(2);
  if (!file) throw new Error("usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [top]");
  const profile = JSON.parse(readFileSync(file, "utf8")) as TProfile;
  console.log(`${summarize(profile, Number(top) || 25)}\n\n${flame(profile)}`);
}
