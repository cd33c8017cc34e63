// Where the bytes of one server-rendered page go: the RSC payload (the `self.__next_f.push`
// scripts that hydrate the page) against the markup, the shell (the header) against the page's own
// content, class attributes, and the payload's largest rows (the translation bundles, a client
// component's props). Sizes are UTF-8 bytes of the uncompressed body, what the bench's "KB per
// response" counts; the gzip line is what a browser that asks for it would receive.
//   npx tsx bench/html-breakdown.ts <page.html> [rows=8]
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export type TBreakdown = { label: string; bytes: number }[];

/** The payload's text: each push script's string argument, decoded. */
export function flightOf(html: string): { scripts: number; text: string } {
  let scripts = 0;
  let text = "";
  for (const m of html.matchAll(/<script[^>]*>self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)) {
    scripts += bytes(m[0]);
    const [kind, chunk] = JSON.parse(m[1]) as [number, string?];
    if (kind === 1 && typeof chunk === "string") text += chunk;
  }
  return { scripts, text };
}

function sumOf(html: string, re: RegExp): number {
  let n = 0;
  for (const m of html.matchAll(re)) n += bytes(m[0]);
  return n;
}

export function breakdown(html: string): TBreakdown {
  const flight = flightOf(html);
  const otherScripts = sumOf(html, /<script(?![^>]*>self\.__next_f)[^>]*>.*?<\/script>/gs);
  const markup = html.replace(/<script[^>]*>.*?<\/script>/gs, "");
  const head = /<head>.*?<\/head>/s.exec(markup)?.[0] ?? "";
  // The signed-in shell's header (components/app-shell.tsx), before and after its classes were shortened.
  const shell = /<header class="no-print (?:shell|border-b)[^"]*">.*?<\/header>/s.exec(markup)?.[0] ?? "";
  const main = /<main[^>]*>.*?<\/main>/s.exec(markup)?.[0] ?? "";
  return [
    { label: "whole body", bytes: bytes(html) },
    { label: "RSC payload scripts (self.__next_f.push)", bytes: flight.scripts },
    { label: "other scripts", bytes: otherScripts },
    { label: "markup (everything but scripts)", bytes: bytes(markup) },
    { label: "  <head> (without scripts)", bytes: bytes(head) },
    { label: "  shell header", bytes: bytes(shell) },
    { label: "  <main>", bytes: bytes(main) },
    { label: "  class attributes (all markup)", bytes: sumOf(markup, / class="[^"]*"/g) },
    { label: "  class attributes in <main>", bytes: sumOf(main, / class="[^"]*"/g) },
    { label: "  data-testid attributes", bytes: sumOf(markup, / data-testid="[^"]*"/g) },
    { label: "gzip of the whole body", bytes: gzipSync(html).length },
  ];
}

/** The payload's rows (`<id>:<value>` lines), largest first, with the start of each. */
export function largestRows(html: string, count: number): { bytes: number; start: string }[] {
  const rows = flightOf(html).text.split(/\n(?=[0-9a-f]+:)/);
  return rows
    .map((r) => ({ bytes: bytes(r), start: r.slice(0, 100).replace(/\s+/g, " ") }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

/** The translation bundles the page hands its client components, by namespace. */
export function bundleSizes(html: string): TBreakdown {
  const text = flightOf(html).text;
  const out: TBreakdown = [];
  for (const m of text.matchAll(/"bundles":\{/g)) {
    // The bundles object: from its brace to the matching one (strings hold no unbalanced braces
    // that matter here: translations do not use braces except i18next's {{…}} pairs).
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (let i = end; i < text.length; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}" && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    const bundles = JSON.parse(text.slice(m.index + m[0].length - 1, end)) as Record<string, unknown>;
    for (const [ns, b] of Object.entries(bundles)) out.push({ label: `bundle ${ns}`, bytes: bytes(JSON.stringify(b)) });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const html = readFileSync(process.argv[2], "utf8");
  const rows = Number(process.argv[3] ?? 8);
  for (const b of [...breakdown(html), ...bundleSizes(html)]) console.log(`${b.label.padEnd(44)} ${kb(b.bytes).padStart(9)}`);
  console.log("\nlargest payload rows:");
  for (const r of largestRows(html, rows)) console.log(`${kb(r.bytes).padStart(9)}  ${r.start}`);
}
