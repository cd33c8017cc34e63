// Inputs of the timetable actions: bell schedules, slots of the weekly timetable, publishing a
// term, one lesson's change for a day, and a day on the shortened bells.
import { zCheckbox, zDate, zOptionalId, zOptionalText, zText } from "@/lib/forms/fields";
import { z, zBigId, zId } from "@/lib/validation";

const zTime = z
  .string()
  .trim()
  .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, "admin:validation.time")
  .transform((v) => {
    const [h, m] = v.split(":").map(Number);
    return h * 60 + m;
  });

export const MAX_PERIOD = 12;

export const ZSaveBellsInput = z.object({
  variant: z.enum(["NORMAL", "SHORT"]),
  name: zText(60),
  periods: z
    .array(z.object({ number: z.coerce.number().int().min(0).max(MAX_PERIOD), start: zTime, end: zTime }))
    .min(1)
    .max(MAX_PERIOD + 1),
});
export type TSaveBellsInput = z.input<typeof ZSaveBellsInput>;

export const ZAddSlotInput = z.object({
  classId: zId,
  assignmentId: zId,
  weekday: z.coerce.number().int().min(1).max(6),
  period: z.coerce.number().int().min(0).max(MAX_PERIOD),
  parity: z.enum(["ALL", "ODD", "EVEN"]).default("ALL"),
  room: zOptionalText(20),
});
export type TAddSlotInput = z.input<typeof ZAddSlotInput>;

export const ZDeleteSlotInput = z.object({ slotId: zId });

/** One class's timetable, or every class's when classId is empty. */
export const ZPublishInput = z.object({ termId: zId, classId: zOptionalId });
export type TPublishInput = z.input<typeof ZPublishInput>;

export const ZLessonChangeInput = z.object({
  lessonId: zBigId,
  isCancelled: zCheckbox,
  substituteTeacherId: zOptionalId,
  room: zOptionalText(20),
});
export type TLessonChangeInput = z.input<typeof ZLessonChangeInput>;

/** A day of the current year on the shortened bells (`shortened: true`), or back on the normal ones. */
export const ZSetShortenedDayInput = z.object({ date: zDate, shortened: z.boolean() });
export type TSetShortenedDayInput = z.input<typeof ZSetShortenedDayInput>;
