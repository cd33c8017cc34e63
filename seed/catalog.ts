// The fixed reference data of the demo school: who it is, its subjects and weekly hours, its work
// kinds, absence codes and bells. Where the demo school has what a new school gets
// (lib/region/school-defaults.ts) it takes it from there; its own differences are spelt out here.
import { DEFAULT_GRADING } from "../lib/grading/defaults";
import { defaultWorkKinds } from "../lib/region/school-defaults";

export const REGION = { nameRu: "Республика Татарстан", nameTt: "Татарстан Республикасы" };
export const MUNICIPALITY = { nameRu: "г. Казань", nameTt: "Казан шәһәре" };
export const SCHOOL = {
  nameRu: "МБОУ «Средняя общеобразовательная школа № 12» Вахитовского района г. Казани",
  nameTt: "Казан шәһәре Вахитов районының 12 нче гомуми белем бирү мәктәбе",
  shortNameRu: "Школа № 12",
  shortNameTt: "12 нче мәктәп",
  address: "420111, г. Казань, ул. Профсоюзная, д. 12",
};

/** The demo school keeps the grading a new school starts with. */
export const GRADING = DEFAULT_GRADING;

export type TWorkKindCode = "answer" | "homework" | "independent" | "quiz" | "test" | "dictation";
type TWorkKindDef = { code: TWorkKindCode; nameRu: string; nameTt: string; weight: number; isDefault?: boolean };
const newSchoolKind = (code: TWorkKindCode): TWorkKindDef => {
  const { nameRu, nameTt, weight, isDefault } = defaultWorkKinds().find((k) => k.code === code)!;
  return { code, nameRu, nameTt, weight, isDefault };
};
/** A new school's four kinds of work, and two of the demo school's own: a quiz and a dictation. */
export const WORK_KINDS: TWorkKindDef[] = [
  newSchoolKind("answer"),
  newSchoolKind("homework"),
  newSchoolKind("independent"),
  { code: "quiz", nameRu: "Проверочная работа", nameTt: "Тикшерү эше", weight: 2 },
  newSchoolKind("test"),
  { code: "dictation", nameRu: "Диктант", nameTt: "Диктант", weight: 3 },
];

// The demo's absence codes are not a new school's (defaultAbsenceCodes): its names are lower-case
// and two Tatar letters differ (excused С, late К, where a new school has Д and С). The demo
// school is the data the tests read, so it keeps its own spelling rather than the new school's.
export type TAbsenceKind = "UNEXCUSED" | "ILLNESS" | "EXCUSED" | "LATE";
export const ABSENCE_CODES: { letterRu: string; letterTt: string; nameRu: string; nameTt: string; kind: TAbsenceKind }[] = [
  { letterRu: "Н", letterTt: "Н", nameRu: "без уважительной причины", nameTt: "дәлилсез", kind: "UNEXCUSED" },
  { letterRu: "Б", letterTt: "А", nameRu: "по болезни", nameTt: "авыру сәбәпле", kind: "ILLNESS" },
  { letterRu: "У", letterTt: "С", nameRu: "по уважительной причине", nameTt: "дәлилле сәбәп белән", kind: "EXCUSED" },
  { letterRu: "О", letterTt: "К", nameRu: "опоздание", nameTt: "соңга калу", kind: "LATE" },
];

const hm = (h: number, m: number) => h * 60 + m;
// Not a new school's bells (defaultBells: long breaks of 20 minutes after the second and third
// lessons): the demo school's are 15 minutes, so its lessons from the third on start at other
// times; the demo's seeded data is kept as it was.
export const BELLS_NORMAL: [number, number][] = [
  [hm(8, 0), hm(8, 40)],
  [hm(8, 50), hm(9, 30)],
  [hm(9, 45), hm(10, 25)],
  [hm(10, 40), hm(11, 20)],
  [hm(11, 30), hm(12, 10)],
  [hm(12, 20), hm(13, 0)],
  [hm(13, 10), hm(13, 50)],
];
/** Shortened days (before a holiday, a frost): 30-minute lessons, 5-minute breaks. */
export const BELLS_SHORT: [number, number][] = Array.from({ length: 7 }, (_, i) => [hm(8, 0) + i * 35, hm(8, 30) + i * 35]);

export type TSubjectCode =
  | "russian"
  | "literature"
  | "reading"
  | "math"
  | "algebra"
  | "geometry"
  | "tatar"
  | "tatar-lit"
  | "english"
  | "history"
  | "social"
  | "geography"
  | "biology"
  | "physics"
  | "chemistry"
  | "informatics"
  | "world"
  | "music"
  | "art"
  | "technology"
  | "pe"
  | "obzr";

type TSubjectDef = {
  code: TSubjectCode;
  nameRu: string;
  nameTt: string;
  shortNameRu?: string;
  shortNameTt?: string;
  /** Control works every few weeks (not in music, art, labour or PE). */
  hasTests?: boolean;
  /** Share of lessons that set homework. */
  homeworkRate: number;
  /** Practical subjects are marked more generously: a pupil's level is lifted by this many steps. */
  lenience?: number;
  /** Kept to the first lessons of the day where the timetable allows. */
  isHeavy?: boolean;
};

export const SUBJECTS: TSubjectDef[] = [
  { code: "russian", nameRu: "Русский язык", nameTt: "Рус теле", shortNameRu: "Рус. яз.", hasTests: true, homeworkRate: 0.85, isHeavy: true },
  { code: "literature", nameRu: "Литература", nameTt: "Әдәбият", shortNameRu: "Лит-ра", hasTests: true, homeworkRate: 0.8 },
  { code: "reading", nameRu: "Литературное чтение", nameTt: "Әдәби уку", shortNameRu: "Лит. чтение", homeworkRate: 0 },
  { code: "math", nameRu: "Математика", nameTt: "Математика", shortNameRu: "Матем.", hasTests: true, homeworkRate: 0.9, isHeavy: true },
  { code: "algebra", nameRu: "Алгебра", nameTt: "Алгебра", hasTests: true, homeworkRate: 0.9, isHeavy: true },
  { code: "geometry", nameRu: "Геометрия", nameTt: "Геометрия", shortNameRu: "Геом.", hasTests: true, homeworkRate: 0.85, isHeavy: true },
  { code: "tatar", nameRu: "Татарский язык", nameTt: "Татар теле", shortNameRu: "Тат. яз.", shortNameTt: "Тат. теле", hasTests: true, homeworkRate: 0.8 },
  {
    code: "tatar-lit",
    nameRu: "Татарская литература",
    nameTt: "Татар әдәбияты",
    shortNameRu: "Тат. лит.",
    shortNameTt: "Тат. әдәб.",
    hasTests: true,
    homeworkRate: 0.75,
  },
  { code: "english", nameRu: "Английский язык", nameTt: "Инглиз теле", shortNameRu: "Англ. яз.", hasTests: true, homeworkRate: 0.85 },
  { code: "history", nameRu: "История", nameTt: "Тарих", hasTests: true, homeworkRate: 0.85 },
  { code: "social", nameRu: "Обществознание", nameTt: "Җәмгыять белеме", shortNameRu: "Общество", hasTests: true, homeworkRate: 0.8 },
  { code: "geography", nameRu: "География", nameTt: "География", shortNameRu: "Геогр.", hasTests: true, homeworkRate: 0.8 },
  { code: "biology", nameRu: "Биология", nameTt: "Биология", shortNameRu: "Биол.", hasTests: true, homeworkRate: 0.8 },
  { code: "physics", nameRu: "Физика", nameTt: "Физика", hasTests: true, homeworkRate: 0.85, isHeavy: true },
  { code: "chemistry", nameRu: "Химия", nameTt: "Химия", hasTests: true, homeworkRate: 0.85, isHeavy: true },
  { code: "informatics", nameRu: "Информатика", nameTt: "Информатика", shortNameRu: "Информ.", hasTests: true, homeworkRate: 0.6 },
  { code: "world", nameRu: "Окружающий мир", nameTt: "Тирә-як дөнья", shortNameRu: "Окр. мир", homeworkRate: 0 },
  { code: "music", nameRu: "Музыка", nameTt: "Музыка", homeworkRate: 0.3, lenience: 1 },
  { code: "art", nameRu: "Изобразительное искусство", nameTt: "Сынлы сәнгать", shortNameRu: "ИЗО", homeworkRate: 0.3, lenience: 1 },
  { code: "technology", nameRu: "Труд (технология)", nameTt: "Хезмәт (технология)", shortNameRu: "Труд", homeworkRate: 0.25, lenience: 1 },
  { code: "pe", nameRu: "Физическая культура", nameTt: "Физик культура", shortNameRu: "Физ-ра", homeworkRate: 0, lenience: 1 },
  // ОБЖ became «Основы безопасности и защиты Родины» (ОБЗР) in September 2024.
  {
    code: "obzr",
    nameRu: "Основы безопасности и защиты Родины",
    nameTt: "Иминлек һәм Ватанны саклау нигезләре",
    shortNameRu: "ОБЗР",
    hasTests: true,
    homeworkRate: 0.6,
  },
];

export const subjectDef = (code: TSubjectCode) => SUBJECTS.find((s) => s.code === code)!;

/** Weekly hours by grade, a five-day week (ФОП НОО/ООО with the native language, 2023). */
export const CURRICULUM: Record<number, Partial<Record<TSubjectCode, number>>> = {
  1: { russian: 4, reading: 4, tatar: 2, math: 4, world: 2, music: 1, art: 1, technology: 1, pe: 2 },
  5: {
    russian: 5,
    literature: 3,
    tatar: 2,
    "tatar-lit": 1,
    english: 3,
    math: 5,
    history: 2,
    geography: 1,
    biology: 1,
    music: 1,
    art: 1,
    technology: 2,
    pe: 3,
  },
  9: {
    russian: 3,
    literature: 3,
    tatar: 2,
    "tatar-lit": 1,
    english: 3,
    algebra: 3,
    geometry: 2,
    informatics: 1,
    history: 2,
    social: 1,
    geography: 2,
    biology: 2,
    physics: 3,
    chemistry: 2,
    obzr: 1,
    pe: 2,
  },
};

/** Lessons per weekday (Mon…Fri), summing to the grade's weekly hours. */
export const DAY_LOADS: Record<number, number[]> = {
  1: [4, 5, 4, 4, 4],
  5: [6, 6, 6, 6, 6],
  9: [6, 7, 7, 7, 6],
};

export type TClassKey = "1А" | "5А" | "5Б" | "9А";
export const CLASSES: { key: TClassKey; grade: number; letter: string; size: number; room: string }[] = [
  { key: "1А", grade: 1, letter: "А", size: 28, room: "105" },
  { key: "5А", grade: 5, letter: "А", size: 27, room: "204" },
  { key: "5Б", grade: 5, letter: "Б", size: 25, room: "301" },
  { key: "9А", grade: 9, letter: "А", size: 27, room: "307" },
];
