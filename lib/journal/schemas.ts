// Inputs of the journal's actions. Ids name what the client is looking at; the actions look up
// who owns it on the server and never trust a school, class or pupil id for authorization.
import { z, zBigId, zId } from "@/lib/validation";

const zComment = z
  .string()
  .trim()
  .max(500)
  .nullable()
  .transform((s) => (s ? s : null));

export const ZSaveCellInput = z.object({
  /** The journal the teacher is writing in: the lesson must be one of its lessons. */
  assignmentId: zId,
  lessonId: zBigId,
  studentId: zId,
  upsert: z
    .array(
      z.object({
        id: zBigId.optional(),
        /** The client's name for the entry: `createdIds` answers with it. */
        key: z.string().min(1).max(40),
        /**
         * A new mark's UUID, made when it was typed (lib/journal/client-key.client.ts): a create whose key
         * the cell already holds is that mark, so a retried save does not create it twice.
         */
        clientKey: z.uuid().optional(),
        value: z.number().int().min(0).max(100).nullable(),
        workKindId: zId,
        isPending: z.boolean(),
        comment: zComment,
      }),
    )
    .max(10)
    .refine((u) => new Set(u.flatMap((m) => m.clientKey ?? [])).size === u.filter((m) => m.clientKey).length, "field.invalid"),
  remove: z.array(zBigId).max(20),
  absence: z.object({ absenceCodeId: zId.nullable() }).optional(),
});
export type TSaveCellInput = z.infer<typeof ZSaveCellInput>;
/** What the browser sends: ids as it holds them (64-bit ones as decimal strings). */
export type TSaveCellArgs = z.input<typeof ZSaveCellInput>;

/** The cells a teacher typed within a short window, saved by one call (lib/journal/burst.client.ts). */
export const MAX_BURST_CELLS = 64;
export const ZSaveCellsInput = z.object({ cells: z.array(ZSaveCellInput).min(1).max(MAX_BURST_CELLS) });
export type TSaveCellsInput = z.infer<typeof ZSaveCellsInput>;

export const ZCellRef = z.object({ lessonId: zBigId, studentId: zId });
export type TCellRef = z.infer<typeof ZCellRef>;

export const ZSetTopicInput = z.object({ lessonId: zBigId, topic: z.string().trim().max(500) });

export const ZSetFinalMarkInput = z.object({
  assignmentId: zId,
  studentId: zId,
  /** The term's number for a term mark, 0 for the year mark. */
  period: z.number().int().min(0).max(4),
  mark: z
    .discriminatedUnion("status", [
      z.object({ status: z.literal("GRADED"), value: z.number().int().min(0).max(100) }),
      z.object({ status: z.literal("NOT_ASSESSED") }),
      z.object({ status: z.literal("EXEMPT") }),
    ])
    .nullable(),
});
export type TSetFinalMarkInput = z.infer<typeof ZSetFinalMarkInput>;
