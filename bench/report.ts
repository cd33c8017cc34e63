// The run's results as the issue's targets judge them, and the Markdown table docs/performance.md
// keeps. Pure.
import type { TLoadResult } from "./load";
import type { TNotificationRun } from "./notifications-run";
import type { TReplicaRun } from "./replica";
import { BURST_CELLS } from "./scenarios";
import { judge, ratio, type TRunSummary, type TVerdict } from "./stats";

export type TPath =
  | "diaryWeek"
  | "diaryWeekRepeated"
  | "marksBySubject"
  | "journal"
  | "saveMark"
  | "saveBurst"
  | "schoolSummaryLargest"
  | "schoolSummaryTypical"
  | "login";
export const PATHS: TPath[] = [
  "diaryWeek",
  "diaryWeekRepeated",
  "marksBySubject",
  "journal",
  "saveMark",
  "saveBurst",
  "schoolSummaryLargest",
  "schoolSummaryTypical",
  "login",
];
export const PATH_LABELS: Record<TPath | "ping", string> = {
  diaryWeek: "diary week page",
  diaryWeekRepeated: "diary week asked again by its reader with the last ETag (304 while unchanged)",
  marksBySubject: "marks-by-subject page",
  journal: "journal page (a full class × a quarter)",
  saveMark: "saving a mark (server action + audit row)",
  saveBurst: `saving a burst of ${BURST_CELLS} cells (one call; marks/s = req/s × ${BURST_CELLS})`,
  schoolSummaryLargest: "school summary page, largest school (its administrator)",
  schoolSummaryTypical: "school summary page, a typical school (the median by pupils)",
  login: "login (credentials, Argon2)",
  ping: "trivial dynamic route (framework floor)",
};

export type TStatementCount = { perRequest: number[]; total: number | null; data: number | null; texts: string[] };
export type TResults = {
  date: string;
  machine: {
    cpus: number;
    model: string;
    memoryMb: number;
    loadBefore: number[];
    loadAfter: number[];
    /** ms for a fixed CPU job (stats.ts calibrate) before and after the run: higher means a busier machine. */
    calibrationMs: number[];
    node: string;
    postgres: string;
  };
  /** `label`: what the data is when it is not a generated district (the demo school). */
  data: { pupils: number; database: string; counts: Record<string, number>; label?: string };
  single: Partial<Record<TPath | "ping", { c1?: TLoadResult; c32?: TLoadResult }>>;
  sqlFloor: Partial<Record<TPath, { c1?: TRunSummary; c32?: TRunSummary; error?: string }>>;
  statements: Partial<Record<TPath, TStatementCount>>;
  two: { isAvailable: boolean; note?: string; runs: Partial<Record<TPath | "ping", TLoadResult>> };
  flat: { comparePupils: number; p50Small: number | null; p50Large: number | null; ratio: number | null } | null;
  memory: { singleMaxRssMb: number; twoMaxRssMb: number[] };
  saves: { acknowledged: number; present: number; withAudit: number; revalidated: number } | null;
  /** The diary week with DATABASE_REPLICA_URL naming a hot standby (bench/replica.ts). */
  replica?: TReplicaRun | null;
  /** Fan-out, queue drain and the mark write with and without the outbox (bench/notifications-run.ts). */
  notifications?: TNotificationRun | null;
  skipped: string[];
  targets: TVerdict[];
};

/** Every target (the district benchmark's, then the rendering floor's), judged on this run's figures. */
export function judgeTargets(r: Omit<TResults, "targets">): TVerdict[] {
  const s = r.single;
  const two = r.two.runs;
  const save = r.saves;
  return [
    judge({ id: "diary.p95.c1", label: "diary week p95, 1 client", limit: 30, kind: "max", unit: "ms" }, s.diaryWeek?.c1?.p95),
    judge(
      { id: "diary.p50.vsRoute", label: "diary week p50 ÷ trivial route p50", limit: 8, kind: "max", unit: "×" },
      ratio(s.diaryWeek?.c1?.p50, s.ping?.c1?.p50),
    ),
    judge({ id: "diary.rps.c32", label: "diary week req/s, 32 clients, 1 process", limit: 150, kind: "min", unit: "req/s" }, s.diaryWeek?.c32?.rps),
    judge({ id: "diary.rps.two", label: "diary week req/s, 32 clients, 2 processes", limit: 250, kind: "min", unit: "req/s" }, two.diaryWeek?.rps),
    judge(
      { id: "diary.kb", label: "diary week HTML", limit: 40, kind: "max", unit: "KB" },
      s.diaryWeek?.c1?.meanBytes == null ? null : Math.round(s.diaryWeek.c1.meanBytes / 102.4) / 10,
    ),
    judge({ id: "marks.rps.c32", label: "marks page req/s, 32 clients, 1 process", limit: 120, kind: "min", unit: "req/s" }, s.marksBySubject?.c32?.rps),
    judge(
      { id: "marks.kb", label: "marks page HTML", limit: 40, kind: "max", unit: "KB" },
      s.marksBySubject?.c1?.meanBytes == null ? null : Math.round(s.marksBySubject.c1.meanBytes / 102.4) / 10,
    ),
    judge({ id: "journal.p95.c1", label: "journal p95, 1 client", limit: 60, kind: "max", unit: "ms" }, s.journal?.c1?.p95),
    judge({ id: "save.p95.c1", label: "mark save p95, 1 client", limit: 12, kind: "max", unit: "ms" }, s.saveMark?.c1?.p95),
    judge({ id: "save.rps.c32", label: "mark saves/s, 32 clients, one cell per call", limit: 300, kind: "min", unit: "saves/s" }, s.saveMark?.c32?.rps),
    judge(
      { id: "burst.marks.c32", label: `marks saved per second, 32 teachers typing (bursts of ${BURST_CELLS})`, limit: 400, kind: "min", unit: "marks/s" },
      s.saveBurst?.c32?.rps == null ? null : Math.round(s.saveBurst.c32.rps * BURST_CELLS),
    ),
    judge(
      { id: "save.lost", label: "acknowledged saves missing (mark or audit row)", limit: 0, kind: "max", unit: "" },
      save ? save.acknowledged - Math.min(save.present, save.withAudit) : null,
    ),
    judge({ id: "save.revalidated", label: "saves that re-rendered the journal", limit: 0, kind: "max", unit: "" }, save?.revalidated),
    judge(
      { id: "summary.largest.p95.c1", label: "school summary p95, largest school, 1 client", limit: 1000, kind: "max", unit: "ms" },
      s.schoolSummaryLargest?.c1?.p95,
    ),
    judge(
      { id: "summary.typical.p95.c1", label: "school summary p95, typical school, 1 client", limit: 1000, kind: "max", unit: "ms" },
      s.schoolSummaryTypical?.c1?.p95,
    ),
    judge({ id: "sql.diary", label: "SQL statements, diary week", limit: 5, kind: "max", unit: "" }, r.statements.diaryWeek?.total),
    judge({ id: "sql.journal", label: "SQL statements, journal", limit: 6, kind: "max", unit: "" }, r.statements.journal?.total),
    judge({ id: "sql.save", label: "SQL statements, mark save", limit: 4, kind: "max", unit: "" }, r.statements.saveMark?.total),
    judge(
      {
        id: "flat",
        label: r.flat
          ? `diary p50 at ${r.data.pupils} ÷ at ${r.flat.comparePupils} pupils`
          : "diary p50, large ÷ small district (no size comparison in this run)",
        limit: 1.25,
        kind: "max",
        unit: "×",
      },
      r.flat?.ratio,
    ),
    judge(
      { id: "rss", label: "largest next start RSS under load", limit: 400, kind: "max", unit: "MB" },
      Math.max(r.memory.singleMaxRssMb, ...r.memory.twoMaxRssMb) || null,
    ),
  ];
}

const f = (x: number | null | undefined, digits = 1) => (x == null || !Number.isFinite(x) ? "—" : x.toFixed(digits));

const scaling = (two: number | undefined, one: number | undefined) => {
  const x = ratio(two, one);
  return x === null ? "—" : `${x.toFixed(2)}×`;
};

export function markdown(r: TResults): string {
  const lines: string[] = [];
  lines.push(
    `Run of ${r.date}: ${r.data.label ? `${r.data.label}, ` : ""}${r.data.pupils} pupils (${r.data.counts.Mark ?? "?"} marks), ${r.machine.cpus} × ${r.machine.model}, load average before ${r.machine.loadBefore.map((x) => x.toFixed(1)).join(" / ")}.`,
    "",
  );
  lines.push(
    "| path | p50 / p95 / p99 ms, 1 client | req/s, 1 client | p50 / p95 ms, 32 clients | req/s, 32 clients | SQL floor p50 ms (req/s at 32) | × SQL p50 | × route p50 | statements (data) | req/s, 2 processes + nginx | scaling | KB per response | load avg at 1 / 32 clients |",
  );
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const p of ["ping", ...PATHS] as const) {
    const run = r.single[p];
    if (!run) {
      lines.push(`| ${PATH_LABELS[p]} | skipped | | | | | | | | | | | |`);
      continue;
    }
    const floor = p === "ping" ? undefined : r.sqlFloor[p];
    const st = p === "ping" ? undefined : r.statements[p];
    const two = r.two.runs[p];
    lines.push(
      `| ${PATH_LABELS[p]} | ${f(run.c1?.p50)} / ${f(run.c1?.p95)} / ${f(run.c1?.p99)} | ${f(run.c1?.rps, 0)} | ${f(run.c32?.p50)} / ${f(run.c32?.p95)} | ${f(run.c32?.rps, 0)} | ` +
        `${floor?.c1 ? `${f(floor.c1.p50, 2)} (${f(floor.c32?.rps, 0)})` : "—"} | ${f(ratio(run.c1?.p50, floor?.c1?.p50))} | ${f(ratio(run.c1?.p50, r.single.ping?.c1?.p50))} | ` +
        `${st ? `${st.total ?? "—"} (${st.data ?? "—"})` : "—"} | ${f(two?.rps, 0)} | ${scaling(two?.rps, run.c32?.rps)} | ${f(run.c1?.meanBytes == null ? null : run.c1.meanBytes / 1024)} | ` +
        `${f(run.c1?.load1)} / ${f(run.c32?.load1)} |`,
    );
  }
  lines.push("", "| target | limit | measured | met |", "|---|---|---|---|");
  for (const t of r.targets) {
    const met = t.isMet === null ? "not measured" : t.isMet ? "yes" : `no (${t.by})`;
    lines.push(`| ${t.label} | ${t.kind === "max" ? "≤" : "≥"} ${t.limit} ${t.unit} | ${t.measured ?? "—"} ${t.measured == null ? "" : t.unit} | ${met} |`);
  }
  if (r.replica) {
    const x = r.replica;
    const primaryOnly = r.single.diaryWeek;
    lines.push(
      "",
      `Diary week with its reads on a hot standby (replay lag threshold ${x.maxLagMs} ms), same run:`,
      "",
      "| diary week | p50 / p95 ms, 1 client | req/s, 1 client | p50 / p95 ms, 32 clients | req/s, 32 clients | transactions on the standby / on the primary |",
      "|---|---|---|---|---|---|",
      `| primary only | ${f(primaryOnly?.c1?.p50)} / ${f(primaryOnly?.c1?.p95)} | ${f(primaryOnly?.c1?.rps, 0)} | ${f(primaryOnly?.c32?.p50)} / ${f(primaryOnly?.c32?.p95)} | ${f(primaryOnly?.c32?.rps, 0)} | — |`,
      `| reads on the standby | ${f(x.c1.p50)} / ${f(x.c1.p95)} | ${f(x.c1.rps, 0)} | ${f(x.c32.p50)} / ${f(x.c32.p95)} | ${f(x.c32.rps, 0)} | ${x.transactions.standby} / ${x.transactions.primary} |`,
    );
  }
  if (r.notifications) {
    const n = r.notifications;
    lines.push(
      "",
      "Notifications (one process, local push service over HTTPS with VAPID and aes128gcm):",
      "",
      "| measure | figure |",
      "|---|---|",
      `| a class announcement: ${n.classNotification.parents} parents, ${n.classNotification.devices} devices, queued / delivered | ${n.classNotification.fanOutMs} ms / ${n.classNotification.deliveredMs} ms |`,
      `| ${n.queue.deliveries} queued notifications drained | ${n.queue.ms} ms, ${n.queue.perSecond} notifications/s |`,
      `| mark write statement p50 / p95, with the outbox (n ${n.markWrite.withOutbox.n}) | ${f(n.markWrite.withOutbox.p50, 2)} / ${f(n.markWrite.withOutbox.p95, 2)} ms |`,
      `| mark write statement p50 / p95, without it (n ${n.markWrite.withoutOutbox.n}, alternating) | ${f(n.markWrite.withoutOutbox.p50, 2)} / ${f(n.markWrite.withoutOutbox.p95, 2)} ms |`,
      `| mark save p95 over HTTP, 1 client, outbox in place (the save row above) | ${f(r.single.saveMark?.c1?.p95)} ms |`,
    );
  }
  if (r.skipped.length) lines.push("", `Skipped: ${r.skipped.join("; ")}.`);
  return lines.join("\n");
}
