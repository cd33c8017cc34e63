// Messages are kept for the school year: a thread whose last message is older than the start of
// its school's current year, less a grace month (so September's threads about last June's marks
// survive the summer), is removed with its files. Run by the notification worker.
import "server-only";
import { db } from "@/lib/db";
import { removeStored } from "@/lib/homework/storage";

export const RETENTION_GRACE_DAYS = 30;

export async function removeExpiredThreads(): Promise<number> {
  const expired = await db.$queryRaw<{ id: number }[]>`
    SELECT t.id FROM "MessageThread" t JOIN "AcademicYear" y ON y."schoolId" = t."schoolId" AND y."isCurrent"
    WHERE t."lastMessageAt" < y."startDate" - ${RETENTION_GRACE_DAYS}::int * interval '1 day'
    LIMIT 1000`;
  if (expired.length === 0) return 0;
  const ids = expired.map((t) => t.id);
  const files = await db.$queryRaw<{ storageKey: string }[]>`
    SELECT f."storageKey" FROM "MessageAttachment" f JOIN "Message" m ON m.id = f."messageId" WHERE m."threadId" = ANY(${ids}::int[])`;
  const removed = await db.$executeRaw`DELETE FROM "MessageThread" WHERE id = ANY(${ids}::int[])`;
  await removeStored(files.map((f) => f.storageKey));
  return removed;
}

let lastRun = 0;
/** At most once an hour per process. */
export async function removeExpiredThreadsHourly(now = Date.now()): Promise<void> {
  if (now - lastRun < 3600_000) return;
  lastRun = now;
  await removeExpiredThreads();
}
