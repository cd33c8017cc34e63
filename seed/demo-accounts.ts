// The demo logins, in a module of its own with no imports: the login page, the CLI and the
// end-to-end tests read it without pulling in Prisma or argon2.

export const DEMO_PASSWORD = "belem-demo";

export const DEMO_LOGINS = {
  region: "region",
  admin: "admin",
  /** Mathematics in 5 «А» and 5 «Б», algebra and geometry in 9 «А»; homeroom teacher of 5 «А». */
  teacher: "teacher",
  /** Tatar language and literature; also the mother of a pupil in 1 «А». */
  tatar: "tatar",
  /** The mother of the demo student (5 «А») and of her sister in 9 «А». */
  parent: "parent",
  student: "student",
} as const;

/** For the CLI and the login page: who each demo login is. */
export const DEMO_ACCOUNTS: { login: string; roleRu: string; nameRu: string }[] = [
  { login: DEMO_LOGINS.region, roleRu: "региональный администратор (Республика Татарстан)", nameRu: "Зарипов Ильдар Рашитович" },
  { login: DEMO_LOGINS.admin, roleRu: "администратор школы (завуч)", nameRu: "Сорокина Ирина Анатольевна" },
  { login: DEMO_LOGINS.teacher, roleRu: "учитель математики, классный руководитель 5 «А»", nameRu: "Николаева Елена Викторовна" },
  { login: DEMO_LOGINS.tatar, roleRu: "учитель татарского языка и литературы; мама ученика 1 «А»", nameRu: "Хайруллина Гульшат Ильдусовна" },
  { login: DEMO_LOGINS.parent, roleRu: "родитель: сын в 5 «А», дочь в 9 «А»", nameRu: "Сафина Гульнара Фаритовна" },
  { login: DEMO_LOGINS.student, roleRu: "ученик 5 «А»", nameRu: "Сафин Айдар Ринатович" },
];
