// Inputs of the actions on classes, subgroups, subjects and teaching assignments.
import { zCheckbox, zCode, zOptionalId, zOptionalText, zText } from "@/lib/forms/fields";
import { z, zId } from "@/lib/validation";

export const ZSaveClassInput = z.object({
  classId: zOptionalId,
  grade: z.coerce.number().int().min(1).max(11),
  letter: z
    .string()
    .trim()
    .min(1)
    .max(2)
    .regex(/^\p{L}{1,2}$/u, "admin:validation.classLetter")
    .transform((v) => v.toUpperCase()),
  homeroomTeacherId: zOptionalId,
});
export type TSaveClassInput = z.input<typeof ZSaveClassInput>;

export const ZSaveSubjectInput = z.object({
  subjectId: zOptionalId,
  code: zCode,
  nameRu: zText(100),
  nameTt: zText(100),
  shortNameRu: zOptionalText(30),
  shortNameTt: zOptionalText(30),
  sortOrder: z.coerce.number().int().min(0).max(999),
  isActive: zCheckbox,
});
export type TSaveSubjectInput = z.input<typeof ZSaveSubjectInput>;

export const ZSaveSubgroupInput = z.object({
  subgroupId: zOptionalId,
  classId: zId,
  name: zText(60),
  subjectId: zOptionalId,
  studentIds: z.array(zId).max(60).default([]),
});
export type TSaveSubgroupInput = z.input<typeof ZSaveSubgroupInput>;

export const ZDeleteSubgroupInput = z.object({ subgroupId: zId });

export const ZCreateAssignmentInput = z.object({ classId: zId, subjectId: zId, teacherId: zId, subgroupId: zOptionalId });
export type TCreateAssignmentInput = z.input<typeof ZCreateAssignmentInput>;
export const ZSetAssignmentTeacherInput = z.object({ assignmentId: zId, teacherId: zId });
export const ZDeleteAssignmentInput = z.object({ assignmentId: zId });
