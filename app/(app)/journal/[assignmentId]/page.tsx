import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LockIcon } from "@/components/ui/icons";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/authz";
import { formatDate, schoolToday } from "@/lib/i18n/dates";
import { getT } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/settings";
import { getJournalTerm, getJournalYear, getReadableJournal } from "@/lib/journal/queries";
import type { TJournalHeader } from "@/lib/journal/types";
import { parseBigId } from "@/lib/validation";
import { AbsenceExplanations } from "./absence-explanations";
import { AbsenceNotices } from "./absence-notices";
import { JournalGrid } from "./journal-grid";
import { YearGrid } from "./year-grid";

type TProps = { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ term?: string; lesson?: string }> };

/** "Журнал · 5 «А» · Математика": the header the page reads anyway (one cached statement). */
export async function generateMetadata({ params, searchParams }: TProps): Promise<Metadata> {
  const user = await requireUser();
  const sp = await searchParams;
  const lessonId = parseBigId(sp.lesson) ?? 0n;
  const readable = await getReadableJournal(user, Number((await params).assignmentId), sp.term === "year" ? 0n : lessonId);
  const { t, lng } = await getT("journal");
  if (!readable) return { title: t("index.title") };
  const { header } = readable;
  const className = header.subgroupName ? `${header.className} (${header.subgroupName})` : header.className;
  return { title: [t("index.title"), className, localized(header.subject, lng)].join(" · ") };
}

export default async function JournalPage({ params, searchParams }: TProps) {
  const user = await requireUser();
  const assignmentId = Number((await params).assignmentId);
  const sp = await searchParams;
  const today = schoolToday();
  if (sp.term === "year") {
    const year = await getJournalYear(user, assignmentId);
    if (!year) notFound();
    return (
      <JournalFrame header={year.header} current="year" notes={[]}>
        <YearGrid data={year} />
      </JournalFrame>
    );
  }
  // The lesson to show, by its decimal id (64-bit: kept a string, as the grid's ids are).
  const lessonId = parseBigId(sp.lesson) === null ? undefined : sp.lesson;
  const data = await getJournalTerm(user, assignmentId, { term: sp.term, lessonId });
  if (!data) notFound();
  const { header, access, term } = data;
  const notes = [
    term.isLocked ? "termLockedBanner" : null,
    !access.canWrite && access.substituteLessonIds.length > 0 ? "substitute" : null,
    !access.canWrite && access.substituteLessonIds.length === 0 ? "readOnly" : null,
    header.settings.isUngraded ? "ungraded" : null,
  ].filter((n): n is string => n !== null);
  // Parents' notices and explanations are the homeroom teacher's and the school's administration's
  // to decide (their queries say so again): a subject teacher's journal does not ask for them.
  const decidesAbsences = header.homeroomTeacherId === user.id || can(user.roles, "school:manage", { schoolId: header.schoolId });
  return (
    <JournalFrame header={header} current={term.number} notes={notes} canWrite={access.canWrite}>
      {decidesAbsences && (
        <>
          <AbsenceNotices classId={header.classId} from={term.startDate} to={term.endDate} codes={header.absenceCodes} />
          <AbsenceExplanations classId={header.classId} from={term.startDate} to={term.endDate} />
        </>
      )}
      <JournalGrid key={`${assignmentId}:${term.number}`} data={data} focusLessonId={lessonId ?? null} today={today} />
    </JournalFrame>
  );
}

async function JournalFrame({
  header,
  current,
  notes,
  children,
  canWrite = false,
}: {
  header: TJournalHeader;
  current: number | "year";
  notes: string[];
  children: React.ReactNode;
  canWrite?: boolean;
}) {
  const { t, lng } = await getT(["journal", "common"]);
  const termLabel = (n: number) => t(header.termKind === "QUARTER" ? "common:quarter" : "common:trimester", { n });
  const tab = (active: boolean) =>
    `inline-flex min-h-10 items-center rounded-md px-3 text-sm font-medium ${active ? "bg-brand-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"}`;
  return (
    <div className="space-y-3">
      <div>
        <p className="text-sm">
          <Link href="/journal" className="text-brand-700 hover:underline">
            ← {t("journal:index.title")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold" data-testid="journal-title">
          {t("journal:title", { subject: localized(header.subject, lng), className: header.className })}
          {header.subgroupName ? ` (${header.subgroupName})` : ""}
        </h1>
        <p className="text-sm text-slate-600">
          {t("journal:teacherLine", { name: header.teacherName })}
          <a href={`/api/journal-print/${header.assignmentId}?term=${current}`} className="ml-3 text-brand-700 underline" data-testid="print-link">
            {t("journal:printLink")}
          </a>
          {canWrite && (
            <Link href={`/journal/${header.assignmentId}/plan`} className="ml-3 text-brand-700 underline" data-testid="plan-link">
              {t("journal:planLink")}
            </Link>
          )}
        </p>
      </div>
      <nav aria-label={t("journal:terms.label")} className="flex flex-wrap gap-2">
        {header.terms.map((term) => (
          <Link
            key={term.id}
            href={`/journal/${header.assignmentId}?term=${term.number}`}
            aria-current={current === term.number ? "page" : undefined}
            className={tab(current === term.number)}
            title={`${formatDate(term.startDate, lng)} – ${formatDate(term.endDate, lng)}`}
          >
            {termLabel(term.number)}
            {term.isLocked && <span className="sr-only"> · {t("journal:terms.locked")}</span>}
            {term.isLocked && <LockIcon className="ml-1 inline-block size-4 align-[-0.2em]" />}
          </Link>
        ))}
        <Link href={`/journal/${header.assignmentId}?term=year`} aria-current={current === "year" ? "page" : undefined} className={tab(current === "year")}>
          {t("journal:terms.year")}
        </Link>
      </nav>
      {notes.map((n) => (
        <p
          key={n}
          className={`rounded-md px-3 py-2 text-sm ${n === "termLockedBanner" ? "bg-amber-50 text-amber-900" : "bg-slate-100 text-slate-700"}`}
          data-testid={`note-${n}`}
        >
          {t(`journal:${n}`)}
        </p>
      ))}
      {children}
    </div>
  );
}
