// How people and classes are written across the admin section. Pure: server and client.
export type TPersonName = { id: number; lastName: string; firstName: string; middleName: string | null };

export function fullName(p: { lastName: string; firstName: string; middleName?: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(" ");
}

/** 5 «А» */
export function className(c: { grade: number; letter: string }): string {
  return `${c.grade} «${c.letter}»`;
}
