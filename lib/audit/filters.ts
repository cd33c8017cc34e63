// The audit screen's filters as they travel in the address (a GET form, a "next page" link, the
// download link), the keyset cursor, and the text of a change. Pure: no Prisma, no Next.
import { z } from "@/lib/validation";

/** Kinds of change, by the prefix of the event's action ("mark.update" is a "mark"). */
export const AUDIT_KINDS = [
  "mark",
  "attendance",
  "finalMark",
  "lesson",
  "homework",
  "term",
  "exemption",
  "person",
  "enrolment",
  "roster",
  "password",
  "timetable",
  "class",
  "subject",
  "grading",
  "lessonPlan",
  "absenceExplanation",
] as const;
export type TAuditKind = (typeof AUDIT_KINDS)[number];

const zOptId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().positive().max(2_147_483_647).optional());
const zOptDay = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
);

export const ZAuditFilters = z.object({
  school: zOptId,
  actor: zOptId,
  class: zOptId,
  subject: zOptId,
  pupil: zOptId,
  kind: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(AUDIT_KINDS).optional()),
  from: zOptDay,
  to: zOptDay,
  after: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z
      .string()
      .regex(/^\d{13}~\d{1,19}$/)
      .optional(),
  ),
});
export type TAuditFilters = z.output<typeof ZAuditFilters>;

const FILTER_KEYS = ["school", "actor", "class", "subject", "pupil", "kind", "from", "to", "after"] as const;

/** Filters from the address; anything malformed is dropped rather than refused, as a search box would. */
export function parseAuditFilters(search: URLSearchParams | Record<string, string | string[] | undefined>): TAuditFilters {
  const get = (key: string) => {
    const v = search instanceof URLSearchParams ? search.get(key) : search[key];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  const out: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const one = ZAuditFilters.shape[key].safeParse(get(key));
    if (one.success && one.data !== undefined) out[key] = one.data;
  }
  return out as TAuditFilters;
}

/** The address of the same search, with some filters changed (undefined drops one). */
export function auditSearchString(filters: TAuditFilters, change: Partial<Record<keyof TAuditFilters, string | number | undefined>> = {}): string {
  const params = new URLSearchParams();
  const merged: Record<string, unknown> = { ...filters, ...change };
  for (const key of FILTER_KEYS) {
    const v = merged[key];
    if (v !== undefined && v !== null && v !== "") params.set(key, String(v));
  }
  return params.toString();
}

/** Keyset paging over (createdAt, id), newest first: the cursor names the last row shown. */
export function encodeCursor(row: { createdAt: Date; id: bigint | string }): string {
  return `${row.createdAt.getTime()}~${row.id}`;
}
export function decodeCursor(cursor: string): { createdAt: Date; id: bigint } {
  const [ms, id] = cursor.split("~");
  return { createdAt: new Date(Number(ms)), id: BigInt(id) };
}

/** The start of a Moscow day in UTC (school days are Moscow days; Moscow keeps UTC+3 all year). */
export function moscowDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+03:00`);
}

/** A cell of a spreadsheet that opens as text, never as a formula (OWASP's CSV injection advice). */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** "value: 4 → 5; comment: — → у доски": what changed between before and after, key by key. */
export function describeChange(before: unknown, after: unknown): string {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const show = (v: unknown) => (v === undefined || v === null || v === "" ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));
  const parts: string[] = [];
  for (const key of keys) {
    if (before !== null && after !== null && JSON.stringify(b[key]) === JSON.stringify(a[key])) continue;
    if (before === null || before === undefined) parts.push(`${key}: ${show(a[key])}`);
    else if (after === null || after === undefined) parts.push(`${key}: ${show(b[key])} → —`);
    else parts.push(`${key}: ${show(b[key])} → ${show(a[key])}`);
  }
  return parts.join("; ");
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** "25.11.2026 12:30", Moscow time. */
export function formatMoscowDateTime(at: Date): string {
  const m = new Date(at.getTime() + 3 * 3600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(m.getUTCDate())}.${p(m.getUTCMonth() + 1)}.${m.getUTCFullYear()} ${p(m.getUTCHours())}:${p(m.getUTCMinutes())}`;
}
