// The pupils and parents of the demo school: families with Russian and Tatar names, birth dates
// that fit the grade, one or two parents each, a few brothers and sisters across classes.

import { dayOf, type TDay } from "./calendar";
import { CLASSES, type TClassKey } from "./catalog";
import { createNamer, type TFamily, type TPerson } from "./names";
import type { TRandom } from "./random";
import { DEMO_FAMILIES, RESERVED_SURNAMES } from "./staff";

export type TParentRef = { login: string; relation: "мать" | "отец" };
export type TPupilPlan = {
  login: string;
  person: TPerson;
  birthDay: TDay;
  classKey: TClassKey;
  startDay: TDay;
  /** Last day in the class (inclusive), for a pupil who left. */
  endDay: TDay | null;
  /** 0 strong … 3 weak: drives marks and homework. */
  level: number;
  /** How often the pupil falls ill, around 1. */
  sickliness: number;
  parents: TParentRef[];
};
export type TParentPlan = { login: string; person: TPerson };
export type TRosterPlan = { pupils: TPupilPlan[]; parents: TParentPlan[] };

type TFamilyState = { family: TFamily; parents: TParentRef[]; classes: TClassKey[] };

const LEVEL_WEIGHTS: [number, number][] = [
  [0, 0.25],
  [1, 0.4],
  [2, 0.25],
  [3, 0.1],
];

export function planRoster(rnd: TRandom, opts: { startYear: number; yearStartDay: TDay; joinDay: TDay; leaveDay: TDay }): TRosterPlan {
  const namer = createNamer(rnd, RESERVED_SURNAMES);
  const parents: TParentPlan[] = [];
  const families: TFamilyState[] = [];
  const byClass = new Map<TClassKey, Omit<TPupilPlan, "login">[]>();
  const loginOf = new Map<object, string>();

  const addParent = (person: TPerson, login?: string) => {
    const l = login ?? `p${parents.length + 1}`;
    parents.push({ login: l, person });
    return l;
  };

  const birthDay = (grade: number) => {
    // Most start school at 6½–7½, some a little later.
    const base = opts.startYear - grade - 6;
    const from = rnd.chance(0.85) ? dayOf(base, 3, 1) : dayOf(base - 1, 9, 1);
    return from + rnd.int(0, rnd.chance(0.85) ? 365 : 180);
  };

  const addPupil = (
    classKey: TClassKey,
    person: TPerson,
    parentsOf: TParentRef[],
    extra: Partial<Omit<TPupilPlan, "person" | "classKey" | "parents" | "login">> = {},
  ) => {
    const grade = CLASSES.find((c) => c.key === classKey)!.grade;
    const pupil = {
      person,
      classKey,
      parents: parentsOf,
      birthDay: birthDay(grade),
      startDay: opts.yearStartDay,
      endDay: null,
      level: rnd.weighted(LEVEL_WEIGHTS),
      sickliness: rnd.chance(0.15) ? 1.8 + rnd.next() : 0.5 + rnd.next() * 0.8,
      ...extra,
    };
    const list = byClass.get(classKey) ?? [];
    list.push(pupil);
    byClass.set(classKey, list);
    return pupil;
  };

  // The families behind the demo logins.
  const safin = DEMO_FAMILIES.safin;
  const safinParents: TParentRef[] = [
    { login: addParent({ ...safin.mother }, safin.mother.login), relation: "мать" },
    { login: addParent({ ...safin.father }), relation: "отец" },
  ];
  safin.children.forEach((c, i) => {
    const pupil = addPupil(c.classKey, namer.child(safin.family, c.gender, c.firstName), safinParents, { level: i === 0 ? 1 : 0, sickliness: 0.8 });
    if ("login" in c && c.login) loginOf.set(pupil, c.login);
  });
  const khayrullin = DEMO_FAMILIES.khayrullin;
  addPupil(khayrullin.child.classKey, namer.child(khayrullin.family, khayrullin.child.gender, khayrullin.child.firstName), [
    // The Tatar teacher: one person who is a teacher and a parent.
    { login: "tatar", relation: "мать" },
    { login: addParent({ ...khayrullin.father }), relation: "отец" },
  ]);

  const newFamily = (): TFamilyState => {
    const family = namer.family(rnd.chance(0.5) ? "tatar" : "russian");
    const shape = rnd.weighted<"both" | "mother" | "father">([
      ["both", 0.55],
      ["mother", 0.37],
      ["father", 0.08],
    ]);
    const refs: TParentRef[] = [];
    if (shape !== "father") refs.push({ login: addParent(namer.mother(family)), relation: "мать" });
    if (shape !== "mother") refs.push({ login: addParent(namer.father(family)), relation: "отец" });
    const state = { family, parents: refs, classes: [] };
    families.push(state);
    return state;
  };

  const fill = (classKey: TClassKey, count: number, extra?: Partial<TPupilPlan>) => {
    for (let i = 0; i < count; i++) {
      // Now and then a brother or sister of a pupil in another class.
      const siblings = families.filter((f) => f.classes.length === 1 && !f.classes.includes(classKey));
      const state = siblings.length && rnd.chance(0.05) ? rnd.pick(siblings) : newFamily();
      const taken = new Set((byClass.get(classKey) ?? []).map((p) => p.person.firstName));
      let person = namer.child(state.family, rnd.chance(0.5) ? "m" : "f");
      for (let tries = 0; taken.has(person.firstName) && tries < 10; tries++) person = namer.child(state.family, person.gender);
      state.classes.push(classKey);
      addPupil(classKey, person, state.parents, extra);
    }
  };

  for (const c of CLASSES) fill(c.key, c.size - (byClass.get(c.key)?.length ?? 0));
  // A pupil who came to 5 «Б» in October, and one who left 9 «А» in the middle of the month.
  fill("5Б", 1, { startDay: opts.joinDay });
  const leavers = byClass.get("9А")!.filter((p) => p.person.lastName !== "Сафина");
  rnd.pick(leavers).endDay = opts.leaveDay;

  const pupils: TPupilPlan[] = [];
  for (const c of CLASSES) {
    const list = [...byClass.get(c.key)!].sort((a, b) => fullKey(a.person).localeCompare(fullKey(b.person), "ru"));
    for (const p of list) pupils.push({ ...p, login: loginOf.get(p) ?? `s${pupils.length + 1}` });
  }
  return { pupils, parents };
}

const fullKey = (p: TPerson) => `${p.lastName} ${p.firstName} ${p.middleName}`;
