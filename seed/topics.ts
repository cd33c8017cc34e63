// Lesson topics and homework texts: what a teacher writes in the journal for each lesson.
import type { TSubjectCode } from "./catalog";
import type { TRandom } from "./random";
import { TOPICS_1 } from "./topics-1";
import { TOPICS_5 } from "./topics-5";
import { TOPICS_9 } from "./topics-9";

const BY_GRADE: Record<number, Partial<Record<TSubjectCode, string[]>>> = { 1: TOPICS_1, 5: TOPICS_5, 9: TOPICS_9 };

export function topicsFor(grade: number, subject: TSubjectCode): string[] {
  const list = BY_GRADE[grade]?.[subject];
  if (!list?.length) throw new Error(`No lesson topics for ${subject} in grade ${grade}`);
  return list;
}

/** Teachers of Tatar write their journal in Tatar. */
export const isTatarSubject = (subject: TSubjectCode) => subject === "tatar" || subject === "tatar-lit";

/** «…» around a title that may itself hold «…», which then becomes „…“. */
export function quote(text: string) {
  return `«${text.replaceAll("«", "„").replaceAll("»", "“")}»`;
}

export type TLessonKind = "normal" | "test" | "dictation" | "quiz" | "independent" | "review";

export function lessonTopic(kind: TLessonKind, topic: string, subject: TSubjectCode): string {
  const tt = isTatarSubject(subject);
  switch (kind) {
    case "test":
      return tt ? `${quote(topic)} темасы буенча контроль эш` : `Контрольная работа по теме ${quote(topic)}`;
    case "dictation":
      return `Контрольный диктант по теме ${quote(topic)}`;
    case "quiz":
      return tt ? `${quote(topic)} темасы буенча тикшерү эше` : `Проверочная работа по теме ${quote(topic)}`;
    case "independent":
      return `${topic}. ${tt ? "Мөстәкыйль эш" : "Самостоятельная работа"}`;
    case "review":
      return tt ? "Контроль эшне анализлау. Хаталар өстендә эш" : "Анализ контрольной работы. Работа над ошибками";
    default:
      return topic;
  }
}

export type THomeworkContext = {
  subject: TSubjectCode;
  grade: number;
  /** Position in the topic list, counted on across cycles: the textbook's paragraph. */
  topicIndex: number;
  /** How many lessons of the assignment came before: how far into the exercise book. */
  lessonIndex: number;
  topic: string;
  isNextTest: boolean;
};

/** A Tatar ordinal in digits: 5 нче, 6 нчы, 30 нчы, 25 нче (the suffix follows the last number word). */
export function ordinalTt(n: number): string {
  const units = n % 10;
  const tens = Math.floor(n / 10) % 10;
  const back = units ? units === 6 || units === 9 : tens ? [1, 3, 4, 6, 9].includes(tens) : false;
  return `${n} ${back ? "нчы" : "нче"}`;
}

const numbers = (rnd: TRandom, start: number, count: number) => {
  const out = [start];
  while (out.length < count) out.push(out[out.length - 1] + rnd.int(1, 4));
  return out.join(", ");
};

export function homeworkText(rnd: TRandom, c: THomeworkContext): string {
  const p = c.topicIndex + 1;
  const page = 8 + c.topicIndex * 6 + rnd.int(0, 4);
  if (c.isNextTest) {
    if (isTatarSubject(c.subject)) return `Контроль эшкә әзерләнергә, ${Math.max(1, p - 3)}–${ordinalTt(p)} параграфларны кабатларга`;
    return `Подготовиться к контрольной работе: повторить § ${Math.max(1, p - 3)}–${p}`;
  }
  switch (c.subject) {
    case "russian": {
      const ex = 3 + c.lessonIndex * 4 + rnd.int(0, 3);
      return rnd.pick([
        `§ ${p}, упр. ${ex}`,
        `§ ${p}, упр. ${ex}, ${ex + rnd.int(1, 3)}`,
        `Выучить правило (§ ${p}), упр. ${ex}`,
        `Упр. ${ex}; словарные слова на с. ${page}`,
      ]);
    }
    case "literature": {
      const work = /«([^»]+)»/.exec(c.topic)?.[1];
      return rnd.pick([
        work ? `Прочитать ${quote(work)} до конца` : `Прочитать статью учебника на с. ${page}–${page + 4}`,
        `Ответить на вопросы 1–${rnd.int(3, 6)} на с. ${page}`,
        `Подготовить пересказ эпизода (с. ${page}–${page + 3})`,
        `Выучить стихотворение наизусть`,
        `Написать мини-сочинение «Мой любимый герой»`,
      ]);
    }
    case "math":
    case "algebra":
    case "geometry": {
      const first = (c.subject === "math" ? 8 : 5) * c.lessonIndex + rnd.int(1, 6);
      return rnd.pick([`№ ${numbers(rnd, first, 3)}`, `П. ${p}, № ${numbers(rnd, first, 2)}`, `№ ${numbers(rnd, first, 4)}`]);
    }
    case "tatar":
    case "tatar-lit": {
      const ex = 2 + c.lessonIndex * 3 + rnd.int(0, 2);
      return c.subject === "tatar"
        ? rnd.pick([`${ordinalTt(ex)} күнегү`, `${ordinalTt(page)} бит, ${ordinalTt(ex)} күнегү`, `Яңа сүзләрне ятларга, ${ordinalTt(ex)} күнегү`])
        : rnd.pick([`Шигырьне яттан өйрәнергә`, `${page}–${ordinalTt(page + 3)} битләрне укырга, сорауларга җавап бирергә`, `Әсәрне сөйләргә өйрәнергә`]);
    }
    case "english": {
      const ex = rnd.int(2, 8);
      return rnd.pick([
        `Учебник с. ${page}, упр. ${ex}`,
        `Учебник с. ${page}, упр. ${ex}; рабочая тетрадь с. ${Math.ceil(page / 2)}`,
        `Выучить новые слова (с. ${page}), упр. ${ex} письменно`,
      ]);
    }
    case "physics":
    case "chemistry":
      return rnd.pick([
        `§ ${p}, упр. ${p + rnd.int(0, 2)} (1, 2)`,
        `§ ${p}, вопросы после параграфа`,
        `§ ${p}, задачи ${numbers(rnd, 10 * p, 2)} из задачника`,
      ]);
    case "informatics":
      return rnd.pick([`§ ${p}, вопросы 1–${rnd.int(4, 7)}`, `§ ${p}, задание ${rnd.int(3, 9)} в рабочей тетради`]);
    case "geography":
      return rnd.pick([`§ ${p}, вопросы на с. ${page}`, `§ ${p}, задание в контурной карте`, `§ ${p}, пересказ`]);
    case "music":
      return rnd.pick(["Послушать произведение, изученное на уроке", "Подобрать иллюстрации к музыкальному произведению"]);
    case "art":
      return rnd.pick(["Закончить рисунок", "Принести альбом, гуашь и кисти", "Подобрать образцы народного орнамента"]);
    case "technology":
      return rnd.pick(["Закончить изделие", "Принести материалы для практической работы", "Подготовить эскиз изделия"]);
    default:
      return rnd.pick([`§ ${p}, пересказ`, `§ ${p}, ответить на вопросы 1–${rnd.int(3, 6)}`, `§ ${p}, задание ${rnd.int(1, 5)} в рабочей тетради`]);
  }
}
