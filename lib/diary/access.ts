// Whose diary may a person open? Decided here, on the server, from the database. Anything not
// allowed answers as if the pupil did not exist: the page shows the same "not found" as for an id
// nobody has.
import "server-only";
import { cache } from "react";
import type { TCurrentUser } from "@/lib/auth/session";
import { rememberPageScope } from "@/lib/cache/page-versions";
import { isId } from "@/lib/validation";
import { getDiaryPupils, getSchoolPupil, type TDiaryPupil } from "./pupil-queries";

export type { TDiaryPupil };

/** The pupil if the user may read their diary, else null (the page then answers "not found"). */
export const getReadablePupil = cache(async (user: TCurrentUser, studentId: number): Promise<TDiaryPupil | null> => {
  if (!isId(studentId)) return null;
  const own = (await getDiaryPupils(user)).find((p) => p.id === studentId);
  return own ?? getSchoolPupil(user, studentId);
});

/**
 * A page of the pupil's diary is being rendered for the reader: whose data it is made of (the
 * pupil, the reader's own diaries, the reader's schools), so its ETag moves when any of them changes.
 */
export function rememberDiaryPage(user: TCurrentUser, pupil: TDiaryPupil, own: readonly TDiaryPupil[]) {
  rememberPageScope(
    user.id,
    [pupil, ...own],
    user.roles.flatMap((r) => (r.schoolId === null ? [] : [r.schoolId])),
  );
}
