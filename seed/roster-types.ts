// Shapes shared by the parts of the seed that work on rows already written (ids known).
import type { TDay } from "./calendar";
import type { TAssignmentInfo, TLessonPlan } from "./journal";

export type TPupilInfo = {
  id: number;
  classKey: string;
  grade: number;
  startDay: TDay;
  endDay: TDay | null;
  level: number;
  sickliness: number;
  subgroupIds: Set<number>;
};

export type TAssignmentRef = TAssignmentInfo & { subjectId: number };

export type TLessonRow = TLessonPlan & { id: bigint };
