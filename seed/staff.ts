// The named people of the demo: the staff with their subjects, and the families behind the demo
// logins. Everyone else is generated.
import type { TClassKey, TSubjectCode } from "./catalog";
import { DEMO_LOGINS } from "./demo-accounts";
import type { TGender, TPerson } from "./names";

export { DEMO_ACCOUNTS, DEMO_LOGINS, DEMO_PASSWORD } from "./demo-accounts";

export type TTeaching = { classKey: TClassKey; subject: TSubjectCode; subgroup?: 1 | 2; room?: string };
export type TStaffDef = TPerson & {
  key: string;
  login?: string;
  room: string;
  teaches: TTeaching[];
  homeroomOf?: TClassKey;
  locale?: "tt";
};

const person = (lastName: string, firstName: string, middleName: string, gender: TGender = "f") => ({
  lastName,
  firstName,
  middleName,
  gender,
});

const all = (subject: TSubjectCode, classes: TClassKey[], room?: string): TTeaching[] => classes.map((classKey) => ({ classKey, subject, room }));

export const TEACHERS: TStaffDef[] = [
  {
    key: "math",
    login: DEMO_LOGINS.teacher,
    ...person("Николаева", "Елена", "Викторовна"),
    room: "204",
    homeroomOf: "5А",
    teaches: [...all("math", ["5А", "5Б"]), ...all("algebra", ["9А"]), ...all("geometry", ["9А"])],
  },
  {
    key: "russian5",
    ...person("Гарипова", "Лилия", "Рашитовна"),
    room: "301",
    homeroomOf: "5Б",
    teaches: [...all("russian", ["5А", "5Б"]), ...all("literature", ["5А", "5Б"])],
  },
  {
    key: "russian9",
    ...person("Соколова", "Татьяна", "Николаевна"),
    room: "303",
    teaches: [...all("russian", ["9А"]), ...all("literature", ["9А"])],
  },
  {
    key: "tatar",
    login: DEMO_LOGINS.tatar,
    ...person("Хайруллина", "Гульшат", "Ильдусовна"),
    room: "305",
    locale: "tt",
    teaches: [...all("tatar", ["1А"], "105"), ...all("tatar", ["5А", "5Б", "9А"]), ...all("tatar-lit", ["5А", "5Б", "9А"])],
  },
  {
    key: "primary",
    ...person("Кузнецова", "Ольга", "Александровна"),
    room: "105",
    homeroomOf: "1А",
    teaches: all("russian", ["1А"]).concat(all("reading", ["1А"]), all("math", ["1А"]), all("world", ["1А"]), all("art", ["1А"]), all("technology", ["1А"])),
  },
  {
    key: "english1",
    ...person("Морозова", "Анна", "Сергеевна"),
    room: "210",
    teaches: [{ classKey: "5А", subject: "english", subgroup: 1 }, ...all("english", ["5Б"])],
  },
  {
    key: "english2",
    ...person("Зиннатуллина", "Алина", "Маратовна"),
    room: "211",
    teaches: [{ classKey: "5А", subject: "english", subgroup: 2 }, ...all("english", ["9А"])],
  },
  {
    key: "history",
    ...person("Ахметов", "Рустам", "Ильдарович", "m"),
    room: "307",
    homeroomOf: "9А",
    teaches: [...all("history", ["5А", "5Б", "9А"]), ...all("social", ["9А"])],
  },
  { key: "geography", ...person("Лебедева", "Наталья", "Владимировна"), room: "309", teaches: all("geography", ["5А", "5Б", "9А"]) },
  {
    key: "biology",
    ...person("Сабирова", "Эльмира", "Рашитовна"),
    room: "214",
    teaches: [...all("biology", ["5А", "5Б", "9А"]), ...all("chemistry", ["9А"])],
  },
  {
    key: "physics",
    ...person("Павлов", "Андрей", "Николаевич", "m"),
    room: "216",
    teaches: [...all("physics", ["9А"]), ...all("informatics", ["9А"], "218")],
  },
  { key: "music", ...person("Фаттахова", "Ляйсан", "Рамилевна"), room: "115", teaches: all("music", ["1А", "5А", "5Б"]) },
  {
    key: "art",
    ...person("Васильева", "Марина", "Олеговна"),
    room: "112",
    teaches: [...all("art", ["5А", "5Б"]), ...all("technology", ["5А", "5Б"])],
  },
  {
    key: "pe",
    ...person("Шакиров", "Марат", "Ринатович", "m"),
    room: "Спортзал",
    teaches: [...all("pe", ["1А", "5А", "5Б", "9А"]), ...all("obzr", ["9А"], "118")],
  },
];

export const SCHOOL_ADMIN = { login: DEMO_LOGINS.admin, ...person("Сорокина", "Ирина", "Анатольевна") };
export const REGION_ADMIN = { login: DEMO_LOGINS.region, ...person("Зарипов", "Ильдар", "Рашитович", "m") };

/** Families whose members hold demo logins; their surnames are kept out of the generated ones. */
export const DEMO_FAMILIES = {
  safin: {
    family: { surname: "Сафин", ethnicity: "tatar" as const, fatherName: "Ринат" },
    mother: { login: DEMO_LOGINS.parent, ...person("Сафина", "Гульнара", "Фаритовна") },
    father: person("Сафин", "Ринат", "Ильдусович", "m"),
    children: [
      { classKey: "5А" as TClassKey, login: DEMO_LOGINS.student, firstName: "Айдар", gender: "m" as TGender },
      { classKey: "9А" as TClassKey, firstName: "Диляра", gender: "f" as TGender },
    ],
  },
  khayrullin: {
    family: { surname: "Хайруллин", ethnicity: "tatar" as const, fatherName: "Айрат" },
    father: person("Хайруллин", "Айрат", "Ринатович", "m"),
    child: { classKey: "1А" as TClassKey, firstName: "Амир", gender: "m" as TGender },
  },
};

/** Surnames of named people: no generated pupil shares them by accident. */
export const RESERVED_SURNAMES = [
  ...TEACHERS.map((t) => t.lastName.replace(/а$/, "")),
  ...TEACHERS.map((t) => t.lastName),
  "Сорокин",
  "Зарипов",
  "Сафин",
  "Хайруллин",
];
