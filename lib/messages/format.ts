// When a message was sent, as the school reads it (Moscow time, the project's own month names). Pure.
import { formatDate, formatMinutes, toIsoDate } from "@/lib/i18n/dates";
import type { TLanguage } from "@/lib/i18n/settings";

const MOSCOW_OFFSET_MS = 3 * 3600_000;

export function formatMoment(at: Date, lng: TLanguage): string {
  const local = new Date(at.getTime() + MOSCOW_OFFSET_MS);
  return `${formatDate(toIsoDate(local), lng)}, ${formatMinutes(local.getUTCHours() * 60 + local.getUTCMinutes())}`;
}
