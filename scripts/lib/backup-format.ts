// Belem's own backup format, for when no pg_dump of the server's major version is at hand (the
// embedded PostgreSQL ships no client tools, and Debian's pg_dump 15 refuses a server 18):
// gzip'd NDJSON — a header line (format, time, server version, migrations, tables and columns), a
// {"table"} line before each table's rows, one JSON array of column texts per row, and a trailer
// with the row counts and a sha256 of every line before it, so a cut or edited file is refused
// before the database is touched. Pure helpers here; dump.ts and load.ts do the I/O.
import { createHash } from "node:crypto";

export const BACKUP_FORMAT = "belem-backup/1";

export type TColumn = { name: string; type: string };
export type TTableInfo = { name: string; columns: TColumn[] };
export type THeader = { format: typeof BACKUP_FORMAT; createdAt: string; serverVersion: string; migrations: string[]; tables: TTableInfo[] };
export type TTrailer = { end: true; rows: Record<string, number>; sha256: string };
/** A row: each column as PostgreSQL's text output, or null. */
export type TRow = (string | null)[];

/** pg_dump refuses a server of a newer major version; an older server is fine. */
export function isPgDumpCompatible(pgDumpVersionOutput: string, serverVersionNum: number): boolean {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(pgDumpVersionOutput);
  if (!match) return false;
  return Number(match[1]) >= Math.floor(serverVersionNum / 10000);
}

/** Tables in an order where every table comes after the tables it references. */
export function dependencyOrder(tables: string[], references: { from: string; to: string }[]): string[] {
  const pending = new Map(tables.map((t) => [t, new Set(references.filter((r) => r.from === t && r.to !== t && tables.includes(r.to)).map((r) => r.to))]));
  const order: string[] = [];
  while (pending.size) {
    const ready = [...pending.entries()].filter(([, deps]) => [...deps].every((d) => order.includes(d))).map(([t]) => t);
    if (ready.length === 0) throw new Error(`Circular foreign keys between ${[...pending.keys()].join(", ")}`);
    for (const t of ready.sort()) {
      order.push(t);
      pending.delete(t);
    }
  }
  return order;
}

/** A running sha256 over the lines of a backup, checked against the trailer on restore. */
export function lineHasher() {
  const hash = createHash("sha256");
  return {
    add(line: string) {
      hash.update(line).update("\n");
    },
    digest: () => hash.digest("hex"),
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
