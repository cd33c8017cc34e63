// The shapes the journal page hands its grid. Plain data (dates as "YYYY-MM-DD", 64-bit ids as decimal
// strings), so the server query and the client component share them. Pure.
import type { TExemptionSpan } from "@/lib/exemptions/period";
import type { TThresholds } from "@/lib/grading/term-mark";
import type { TIsoDate } from "@/lib/i18n/dates";
import type { TBigId } from "@/lib/validation";

export type TFinalStatus = "GRADED" | "NOT_ASSESSED" | "EXEMPT";

export type TJournalTerm = { id: number; number: number; startDate: TIsoDate; endDate: TIsoDate; isLocked: boolean };

export type TWorkKindOption = { id: number; code: string; nameRu: string; nameTt: string; weight: number; isDefault: boolean; isActive: boolean };
export type TAbsenceOption = { id: number; letterRu: string; letterTt: string; nameRu: string; nameTt: string; kind: string; isActive: boolean };

export type TJournalHeader = {
  assignmentId: number;
  schoolId: number;
  yearId: number;
  subjectId: number;
  subject: { nameRu: string; nameTt: string };
  classId: number;
  grade: number;
  className: string;
  subgroupId: number | null;
  subgroupName: string | null;
  teacherId: number;
  teacherName: string;
  homeroomTeacherId: number | null;
  isSubstitute: boolean;
  /** The date of the lesson named by `?lesson=`, when it is one of this assignment's. */
  focusDate: TIsoDate | null;
  settings: { allowedValues: number[]; thresholds: TThresholds; isUngraded: boolean };
  termKind: "QUARTER" | "TRIMESTER";
  terms: TJournalTerm[];
  workKinds: TWorkKindOption[];
  absenceCodes: TAbsenceOption[];
};

/** A pupil and the spans of dates they were in the class (and subgroup) during the period shown. */
export type TJournalPupil = { id: number; lastName: string; firstName: string; spans: { from: TIsoDate; to: TIsoDate | null }[] };

export type TJournalLesson = {
  id: TBigId;
  date: TIsoDate;
  period: number;
  topic: string | null;
  isCancelled: boolean;
  hasHomework: boolean;
  substituteTeacherId: number | null;
};

export type TJournalMark = {
  id: TBigId;
  lessonId: TBigId;
  studentId: number;
  value: number | null;
  workKindId: number;
  isPending: boolean;
  comment: string | null;
};
export type TJournalAbsence = { lessonId: TBigId; studentId: number; absenceCodeId: number };

export type TJournalFinalMark = {
  studentId: number;
  period: number;
  status: TFinalStatus;
  value: number | null;
  average: number | null;
  suggested: number | null;
  isOverride: boolean;
};

export type TJournalAccess = {
  canRead: boolean;
  /** Marks, absences, topics and homework of every lesson of the assignment. */
  canWrite: boolean;
  canWriteFinalMarks: boolean;
  /** Lessons the reader may write as a substitute teacher, when they cannot write the whole journal. */
  substituteLessonIds: TBigId[];
};

export type TJournalTermData = {
  header: TJournalHeader;
  access: TJournalAccess;
  term: TJournalTerm;
  pupils: TJournalPupil[];
  lessons: TJournalLesson[];
  marks: TJournalMark[];
  absences: TJournalAbsence[];
  finalMarks: TJournalFinalMark[];
  /** Pupils freed from this subject, and when: their cells and term mark read «осв.». */
  exemptions: TExemptionSpan[];
};

export type TJournalYearData = {
  header: TJournalHeader;
  access: TJournalAccess;
  pupils: TJournalPupil[];
  /** TERM marks (period = term number) and YEAR marks (period 0). */
  finalMarks: TJournalFinalMark[];
  exemptions: TExemptionSpan[];
};
