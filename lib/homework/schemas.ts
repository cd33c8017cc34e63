// Input of the homework form: text, when it is due (a later lesson of the same journal, or a date),
// files to add and attachments to remove.
import { z, zId, zIsoDate } from "@/lib/validation";
import { fitsUploadLimit, MAX_FILES_PER_SAVE, MAX_SAVE_MB } from "./files";

export const ZSaveHomeworkInput = z.object({
  lessonId: zId,
  homeworkId: zId.optional(),
  text: z.string().trim().max(4000),
  dueLessonId: zId.nullable(),
  dueDate: zIsoDate.nullable(),
  removeAttachmentIds: z.array(zId).max(50).default([]),
  // Checked on the whole list, so the message lands on the "files" field of the form.
  files: z.array(z.instanceof(File)).max(MAX_FILES_PER_SAVE).refine(fitsUploadLimit, `journal:homework.fileTooBig|${MAX_SAVE_MB}`).default([]),
});
export type TSaveHomeworkInput = z.infer<typeof ZSaveHomeworkInput>;

export const ZLessonRef = z.object({ lessonId: zId });

export type THomeworkView = {
  id: number;
  text: string;
  dueLessonId: number | null;
  dueDate: string;
  attachments: { id: number; fileName: string; size: number }[];
};
