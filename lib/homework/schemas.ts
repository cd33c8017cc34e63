// Input of the homework form: text, when it is due (a later lesson of the same journal, or a date),
// files to add and attachments to remove.
import { type TBigId, z, zBigId, zId, zIsoDate } from "@/lib/validation";
import { fitsUploadLimit, MAX_FILES_PER_SAVE, MAX_SAVE_MB } from "./files";

export const ZSaveHomeworkInput = z.object({
  lessonId: zBigId,
  homeworkId: zBigId.optional(),
  text: z.string().trim().max(4000),
  dueLessonId: zBigId.nullable(),
  dueDate: zIsoDate.nullable(),
  removeAttachmentIds: z.array(zId).max(50).default([]),
  // Checked on the whole list, so the message lands on the "files" field of the form.
  files: z.array(z.instanceof(File)).max(MAX_FILES_PER_SAVE).refine(fitsUploadLimit, `journal:homework.fileTooBig|${MAX_SAVE_MB}`).default([]),
});
export type TSaveHomeworkInput = z.infer<typeof ZSaveHomeworkInput>;
/** What the browser sends: 64-bit ids as decimal strings. */
export type TSaveHomeworkArgs = z.input<typeof ZSaveHomeworkInput>;

export const ZLessonRef = z.object({ lessonId: zBigId });

/** Homework as the browser holds it: its 64-bit ids as decimal strings. */
export type THomeworkView = {
  id: TBigId;
  text: string;
  dueLessonId: TBigId | null;
  dueDate: string;
  attachments: { id: number; fileName: string; size: number }[];
};
