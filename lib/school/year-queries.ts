// The years of a school with their terms and holidays, for the year page.
import "server-only";
import { db } from "@/lib/db";
import { type TIsoDate, toIsoDate } from "@/lib/i18n/dates";
import { surnameFirst } from "./names";

export type TAdminTerm = {
  id: number;
  number: number;
  startDate: TIsoDate;
  endDate: TIsoDate;
  isLocked: boolean;
  lockedAt: string | null;
  lockedBy: string | null;
};
export type TAdminHoliday = { id: number; startDate: TIsoDate; endDate: TIsoDate; nameRu: string; nameTt: string };
export type TAdminYear = {
  id: number;
  name: string;
  startDate: TIsoDate;
  endDate: TIsoDate;
  termKind: "QUARTER" | "TRIMESTER";
  isCurrent: boolean;
  terms: TAdminTerm[];
  holidays: TAdminHoliday[];
};

export async function getSchoolYears(schoolId: number): Promise<TAdminYear[]> {
  const years = await db.academicYear.findMany({
    where: { schoolId },
    orderBy: { startDate: "desc" },
    select: {
      id: true,
      name: true,
      startDate: true,
      endDate: true,
      termKind: true,
      isCurrent: true,
      terms: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          startDate: true,
          endDate: true,
          isLocked: true,
          lockedAt: true,
          lockedBy: { select: { lastName: true, firstName: true } },
        },
      },
      holidays: { orderBy: { startDate: "asc" }, select: { id: true, startDate: true, endDate: true, nameRu: true, nameTt: true } },
    },
  });
  return years.map((y) => ({
    ...y,
    startDate: toIsoDate(y.startDate),
    endDate: toIsoDate(y.endDate),
    terms: y.terms.map((t) => ({
      id: t.id,
      number: t.number,
      startDate: toIsoDate(t.startDate),
      endDate: toIsoDate(t.endDate),
      isLocked: t.isLocked,
      lockedAt: t.lockedAt?.toISOString() ?? null,
      lockedBy: t.lockedBy ? surnameFirst(t.lockedBy) : null,
    })),
    holidays: y.holidays.map((h) => ({ ...h, startDate: toIsoDate(h.startDate), endDate: toIsoDate(h.endDate) })),
  }));
}
