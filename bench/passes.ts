// The harness's passes that are not plain load: counting (and capturing) each request's SQL
// through the proxy, and checking afterwards that every acknowledged save is in the database.
import pg from "pg";
import { serverVersion } from "../lib/database/server-version";
import { isDataStatement } from "./floors";
import type { TScenario } from "./load";
import type { TStatementCount } from "./report";
import type { TSqlProxy, TStatement } from "./sql-proxy";
import { median } from "./stats";

export type TCaptured = { count: TStatementCount; scripts: TStatement[][] };

/** Sends `samples` requests one at a time (after two unrecorded ones) and records each one's statements. */
export async function captureStatements(baseUrl: string, scenario: TScenario, proxy: TSqlProxy, opts: { samples: number; offset: number }): Promise<TCaptured> {
  const scripts: TStatement[][] = [];
  for (let k = -2; k < opts.samples; k++) {
    const spec = scenario.next(opts.offset + k + 2);
    proxy.take();
    const res = await fetch(`${baseUrl}${spec.path}`, { method: spec.method, headers: spec.headers, body: spec.body, redirect: "manual" });
    const body = await res.text();
    const headers: Record<string, string | string[]> = Object.fromEntries(res.headers.entries());
    headers["set-cookie"] = res.headers.getSetCookie();
    const ok = spec.check ? spec.check(res.status, body, headers) : res.status < 400;
    // The app may still be finishing (a response streams before the last statement returns).
    await new Promise((r) => setTimeout(r, 150));
    const statements = proxy.take();
    if (!ok) throw new Error(`${scenario.name}: ${spec.method} ${spec.path} answered ${res.status} during the counting pass`);
    if (k >= 0) scripts.push(statements);
  }
  const totals = scripts.map((s) => s.length);
  const data = scripts.map((s) => s.filter(isDataStatement).length);
  const texts = [...new Set(scripts.flat().map((s) => s.text.replace(/\s+/g, " ").trim()))];
  return { count: { perRequest: totals, total: median(totals), data: median(data), texts }, scripts };
}

/** How many acknowledged saves left their mark and its audit row, and how many re-rendered the page. */
export async function verifySaves(url: string, saved: { markId: string; revalidated: boolean }[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids = saved.map((s) => s.markId);
    const marks = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Mark" WHERE id = ANY($1::bigint[])`, [ids]);
    const audits = await client.query<{ n: string }>(
      `SELECT count(DISTINCT "entityId") AS n FROM "AuditEvent" WHERE "entityType" = 'Mark' AND action = 'mark.create' AND "entityId" = ANY($1::text[])`,
      [ids.map(String)],
    );
    return {
      acknowledged: ids.length,
      present: Number(marks.rows[0].n),
      withAudit: Number(audits.rows[0].n),
      revalidated: saved.filter((s) => s.revalidated).length,
    };
  } finally {
    await client.end();
  }
}

/** The server's version as it names itself ("15.14 (Debian 15.14-0+deb12u1)"). */
export async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await serverVersion(client)).text;
  } finally {
    await client.end();
  }
}

export async function tableCounts(url: string, tables: string[]): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, number> = {};
    for (const t of tables) out[t] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
    return out;
  } finally {
    await client.end();
  }
}
