// The content of one journal cell (a pupil on a lesson) as the grid holds it, and the difference
// between what the teacher has typed and what the server has confirmed. Pure: shared by the grid
// (client) and the save action's input schema (server). Mark and lesson ids are 64-bit: decimal
// strings here, never numbers (a number loses digits past 2^53).

export type TDraftMark = {
  /** The server's id once saved; undefined for a mark the server has not seen yet. */
  id?: string;
  /**
   * Stable while editing: `m<id>` for saved marks; for a new one a UUID made when it is typed
   * (`newClientKey`), sent as its client key so that a retried save cannot create it twice.
   */
  key: string;
  value: number | null;
  workKindId: number;
  isPending: boolean;
  comment: string | null;
};

export type TCellState = { marks: TDraftMark[]; absenceCodeId: number | null };

export const EMPTY_CELL: TCellState = { marks: [], absenceCodeId: null };

/** The change the grid sends for one cell: marks to create or update, ids to remove, the absence. */
export type TCellChange = {
  upsert: { id?: string; key: string; clientKey?: string; value: number | null; workKindId: number; isPending: boolean; comment: string | null }[];
  remove: string[];
  /** Present only when the absence changed; null clears it. */
  absence?: { absenceCodeId: number | null };
};

export const cellKey = (lessonId: string, studentId: number) => `${lessonId}:${studentId}`;

/**
 * The lesson and pupil of a cell's key: the one place that reads a key back into ids. The lesson
 * stays a decimal string (a 64-bit id does not survive a JavaScript number).
 */
export function parseCellKey(key: string): { lessonId: string; studentId: number } {
  const [lessonId, studentId] = key.split(":");
  return { lessonId, studentId: Number(studentId) };
}

function sameMark(a: TDraftMark, b: TDraftMark): boolean {
  return a.value === b.value && a.workKindId === b.workKindId && a.isPending === b.isPending && (a.comment ?? null) === (b.comment ?? null);
}

/** What must be sent so the server holds `desired`, given what it confirmed (`saved`); null when nothing. */
export function diffCell(saved: TCellState, desired: TCellState): TCellChange | null {
  const savedById = new Map(saved.marks.filter((m) => m.id !== undefined).map((m) => [m.id as string, m]));
  const desiredIds = new Set(desired.marks.filter((m) => m.id !== undefined).map((m) => m.id as string));
  const upsert = desired.marks
    .filter((m) => m.id === undefined || !savedById.has(m.id) || !sameMark(savedById.get(m.id) as TDraftMark, m))
    .map(({ id, key, value, workKindId, isPending, comment }) => ({
      id,
      key,
      clientKey: id === undefined ? key : undefined,
      value,
      workKindId,
      isPending,
      comment: comment ?? null,
    }));
  const remove = [...savedById.keys()].filter((id) => !desiredIds.has(id));
  const change: TCellChange = { upsert, remove };
  if (saved.absenceCodeId !== desired.absenceCodeId) change.absence = { absenceCodeId: desired.absenceCodeId };
  return upsert.length === 0 && remove.length === 0 && !change.absence ? null : change;
}

export function isSameCell(a: TCellState, b: TCellState): boolean {
  return diffCell(a, b) === null && a.marks.length === b.marks.length;
}

/**
 * After the server answered `change` with the cell it now holds: new marks in `desired` take the
 * ids the server gave them (matched by key), so later edits update rather than duplicate them.
 */
export function adoptSavedIds(desired: TCellState, createdIds: Record<string, string>): TCellState {
  if (Object.keys(createdIds).length === 0) return desired;
  return {
    ...desired,
    marks: desired.marks.map((m) => (m.id === undefined && createdIds[m.key] !== undefined ? { ...m, id: createdIds[m.key] } : m)),
  };
}

/** The cell as the server holds it, with keys the grid uses. */
export function cellFromServer(
  marks: { id: string; value: number | null; workKindId: number; isPending: boolean; comment: string | null }[],
  absenceCodeId: number | null,
): TCellState {
  return { marks: marks.map((m) => ({ ...m, key: `m${m.id}` })), absenceCodeId };
}

/**
 * `next` rebuilt from an older state (typing re-applies every keystroke of a cell to the cell as it
 * was when the teacher arrived) keeps the ids that marks of the same key have gained meanwhile, so
 * a mark saved after the first digit is updated, not removed and created again.
 */
export function keepIds(next: TCellState, current: TCellState): TCellState {
  const ids = new Map(current.marks.filter((m) => m.id !== undefined).map((m) => [m.key, m.id]));
  if (ids.size === 0) return next;
  return { ...next, marks: next.marks.map((m) => (m.id === undefined && ids.has(m.key) ? { ...m, id: ids.get(m.key) } : m)) };
}
