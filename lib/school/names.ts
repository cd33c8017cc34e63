// How people and classes are written everywhere: pages, reports, spreadsheets. Pure: server and client.
export type TPersonName = { id: number; lastName: string; firstName: string; middleName: string | null };

export function fullName(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ");
}

/** "Иванова Мария": a person in a list, a journal row or an audit line. */
export function surnameFirst(p: { lastName: string; firstName: string }): string {
  return `${p.lastName} ${p.firstName}`;
}

/** "5 «А»", in both languages (the Tatar bundle adds "сыйныфы" where grammar needs it). */
export function className(c: { grade: number; letter: string }): string {
  return `${c.grade} «${c.letter}»`;
}
