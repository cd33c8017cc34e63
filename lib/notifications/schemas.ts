// What a browser sends to turn notifications on, and a person's choices. A subscription's keys are
// checked for what they must be (an uncompressed P-256 point, a 16-byte secret), so a malformed
// one is refused with a clear message instead of failing at every send.
import { z, zId } from "@/lib/validation";
import { NOTIFICATION_EVENTS } from "./events";

const base64url = (bytes: number, check?: (b: Buffer) => boolean) =>
  z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, "field.invalid_format")
    .refine((v) => {
      const b = Buffer.from(v, "base64url");
      return b.length === bytes && (!check || check(b));
    }, "field.invalid_format");

export const ZSubscribeInput = z.object({
  endpoint: z
    .string()
    .min(1)
    .max(2048)
    .refine((v) => URL.canParse(v) && new URL(v).protocol === "https:", "field.invalid_format"),
  keys: z.object({ p256dh: base64url(65, (b) => b[0] === 4), auth: base64url(16) }),
  label: z.string().trim().max(100).optional(),
});
export type TSubscribeInput = z.infer<typeof ZSubscribeInput>;

export const ZUnsubscribeInput = z.object({ endpoint: z.string().min(1).max(2048) });

export { NOTIFICATION_EVENTS };

const zMinute = z.coerce
  .number()
  .int()
  .min(0)
  .max(24 * 60 - 1);

export const ZPreferencesInput = z.object({
  events: z.array(z.enum(NOTIFICATION_EVENTS)).max(NOTIFICATION_EVENTS.length),
  quietFrom: zMinute,
  quietTo: zMinute,
  byEmail: z.boolean(),
  mutedStudentIds: z.array(zId).max(50),
});
export type TPreferencesInput = z.infer<typeof ZPreferencesInput>;
