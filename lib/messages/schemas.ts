// Input of messages, absence notices and announcements. Text limits are stated in the forms; files
// follow the homework file store's limits.
import { fitsUploadLimit, MAX_FILES_PER_SAVE, MAX_SAVE_MB } from "@/lib/homework/files";
import { z, zBigId, zId, zIsoDate } from "@/lib/validation";

export const MAX_MESSAGE_CHARS = 5000;
export const MAX_REASON_CHARS = 500;
export const MAX_ANNOUNCEMENT_TITLE = 200;
export const MAX_ANNOUNCEMENT_CHARS = 5000;
/** Per sender: a broadcast to a class counts once. */
export const RATE_LIMIT = { messages: 30, windowMinutes: 10 } as const;

const zBody = z.string().trim().min(1).max(MAX_MESSAGE_CHARS);
const zFiles = z.array(z.instanceof(File)).max(MAX_FILES_PER_SAVE).refine(fitsUploadLimit, `journal:homework.fileTooBig|${MAX_SAVE_MB}`).default([]);

export const ZSendMessageInput = z.object({ recipientId: zId, body: zBody, files: zFiles });
export type TSendMessageInput = z.infer<typeof ZSendMessageInput>;

export const ZReplyInput = z.object({ threadId: zId, body: zBody, files: zFiles });
export const ZClassParentsInput = z.object({ classId: zId, body: zBody });
export const ZThreadRef = z.object({ threadId: zId });
export const ZReportMessageInput = z.object({ messageId: zId, reason: z.string().trim().max(MAX_REASON_CHARS).default("") });

export const ZReportAbsenceInput = z
  .object({ studentId: zId, startDate: zIsoDate, endDate: zIsoDate, reason: z.string().trim().min(1).max(MAX_REASON_CHARS) })
  .refine((v) => v.endDate >= v.startDate, { message: "messages:absence.endBeforeStart", path: ["endDate"] });
export const ZAcceptAbsenceInput = z.object({ noticeId: zId, absenceCodeId: zId });

export const ZCreateAnnouncementInput = z.object({
  title: z.string().trim().min(1).max(MAX_ANNOUNCEMENT_TITLE),
  body: z.string().trim().min(1).max(MAX_ANNOUNCEMENT_CHARS),
  classIds: z.array(zId).max(200).default([]),
  roles: z
    .array(z.enum(["SCHOOL_ADMIN", "TEACHER", "STUDENT", "PARENT"]))
    .max(4)
    .default([]),
  expiresOn: zIsoDate.nullable().default(null),
});
export type TCreateAnnouncementInput = z.infer<typeof ZCreateAnnouncementInput>;

/** A photo of a note from a parent: one file, through the homework store's limits and kinds. */
const zNotePhoto = z.array(z.instanceof(File)).max(1).refine(fitsUploadLimit, `diary:explain.fileTooBig|${MAX_SAVE_MB}`).default([]);

export const ZExplainAbsenceInput = z.object({
  studentId: zId,
  /** The absence explained; with `wholeDay`, every unexcused absence of that lesson's day. */
  lessonId: zBigId,
  wholeDay: z.boolean().default(false),
  reason: z.string().trim().min(1).max(MAX_REASON_CHARS),
  files: zNotePhoto,
});
export type TExplainAbsenceInput = z.infer<typeof ZExplainAbsenceInput>;

export const ZDecideExplanationInput = z.object({ explanationId: zId, decision: z.enum(["accept", "decline"]) });
