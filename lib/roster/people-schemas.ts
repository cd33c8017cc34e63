// Inputs of the actions on people: accounts, roles, enrolments and parent links.
import { zDate, zEmail, zOptionalDate, zOptionalId, zOptionalText, zPhone, zText } from "@/lib/forms/fields";
import { z, zId } from "@/lib/validation";
import { LOGIN_PATTERN } from "./logins";

export const SCHOOL_ROLES = ["TEACHER", "STUDENT", "PARENT", "SCHOOL_ADMIN"] as const;
export type TSchoolRole = (typeof SCHOOL_ROLES)[number];

const zLogin = z
  .string()
  .trim()
  .toLowerCase()
  .max(40)
  .refine((v) => v === "" || LOGIN_PATTERN.test(v), "admin:validation.login")
  .transform((v) => v || null);

const personFields = {
  lastName: zText(60),
  firstName: zText(60),
  middleName: zOptionalText(60),
  birthDate: zOptionalDate,
  email: zEmail,
  phone: zPhone,
  login: zLogin,
};

export const ZCreatePersonInput = z.object({
  ...personFields,
  role: z.enum(SCHOOL_ROLES),
  /** A new pupil may be enrolled at once… */
  classId: zOptionalId,
  startDate: zOptionalDate,
  /** …and a new parent linked to a child. */
  childId: zOptionalId,
});
export type TCreatePersonInput = z.input<typeof ZCreatePersonInput>;

export const ZUpdatePersonInput = z.object({
  ...personFields,
  userId: zId,
  roles: z.array(z.enum(SCHOOL_ROLES)).min(1, "admin:validation.roleRequired").max(4),
});
export type TUpdatePersonInput = z.input<typeof ZUpdatePersonInput>;

export const ZSetPersonActiveInput = z.object({ userId: zId, isActive: z.boolean() });
export const ZResetPasswordInput = z.object({ userId: zId });

export const ZEnrolInput = z.object({ studentId: zId, classId: zId, startDate: zDate });
export type TEnrolInput = z.input<typeof ZEnrolInput>;
export const ZTransferInput = z.object({ studentId: zId, classId: zId, date: zDate });
export type TTransferInput = z.input<typeof ZTransferInput>;
export const ZEndEnrolmentInput = z.object({ studentId: zId, endDate: zDate });

export const ZLinkParentInput = z.object({ parentId: zId, childId: zId, relation: zOptionalText(40) });
export const ZUnlinkParentInput = z.object({ linkId: zId });
