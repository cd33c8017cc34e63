// Russian and Tatar names with their grammatical forms: a surname and a patronymic agree with the
// person's gender (Сафин → Сафина, Ринат → Ринатович / Ринатовна).

import { transliterate } from "@/lib/roster/logins";
import type { TRandom } from "./random";

export type TGender = "m" | "f";
export type TEthnicity = "tatar" | "russian";
export type TPerson = { lastName: string; firstName: string; middleName: string; gender: TGender };

const split = (s: string) => s.split(/\s+/).filter(Boolean);

const SURNAMES: Record<TEthnicity, string[]> = {
  tatar: split(`Галиев Хасанов Гарипов Зарипов Валиев Шарипов Мухаметзянов Гильмутдинов Нуриев Закиров
    Файзуллин Хабибуллин Мингазов Юсупов Латыпов Шайхутдинов Ибрагимов Салахов Садыков Габдуллин
    Гайнуллин Низамов Мусин Исмагилов Каримов Камалов Ханнанов Гиниятуллин Вахитов Миннуллин Ганиев
    Хуснутдинов Гатауллин Ризванов Сулейманов Загидуллин Мифтахов Бадретдинов Тагиров Гимадиев
    Нигматуллин Мухаметшин Ахмадуллин Яруллин Сагдеев Багаутдинов Валиуллин Фатхутдинов Абдуллин
    Хамидуллин Шамсутдинов Хазиев Газизов Рахимов Мустафин Хайретдинов Гильфанов Гумеров Гараев
    Нурмухаметов Сабитов Зиганшин Хуснуллин Шайхиев Ситдиков Галимзянов Гаязов Исхаков Абзалов
    Габдрахманов Хакимов Файзрахманов Валеев Набиуллин Хафизов Фахрутдинов Гильманов Сафиуллин
    Шигапов Арсланов Бикмуллин`),
  russian: split(`Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов
    Волков Алексеев Лебедев Семёнов Егоров Козлов Степанов Николаев Орлов Андреев Макаров Никитин
    Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов
    Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов
    Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов
    Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов
    Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов
    Щербаков Назаров Калинин Исаев Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов
    Вишневский Островский Шевченко Белых Коваленко`),
};

const CHILD_NAMES: Record<TEthnicity, Record<TGender, string[]>> = {
  tatar: {
    m: split(`Айдар Амир Азат Алмаз Булат Ильдар Ильнур Ильназ Карим Камиль Тимур Рустам Эмиль Данияр
      Ислам Динар Адель Ильяс Самир Арслан Айназ Амирхан Дамир Айрат Нияз Салават Исмаил Раиль Марсель
      Тагир Айнур Ренат Артур`),
    f: split(`Алсу Лейсан Айгуль Диляра Камила Амина Эльвира Гузель Ралина Чулпан Айсылу Алия Аделина
      Сабина Азалия Ясмина Динара Эндже Миляуша Айзиля Зарина Лиана Рената Аделя Самира Малика Асия
      Айлина Регина Ильсияр Зиля Карина`),
  },
  russian: {
    m: split(`Максим Артём Александр Михаил Иван Даниил Дмитрий Кирилл Матвей Егор Никита Андрей Илья
      Алексей Тимофей Роман Владимир Фёдор Марк Лев Ярослав Глеб Арсений Степан Платон Сергей Мирон
      Георгий`),
    f: split(`Анастасия Мария Анна Виктория Полина Елизавета Екатерина Дарья Софья Варвара Александра
      Ксения Алиса Вероника Арина Василиса Ульяна Милана Ева Кира Валерия Таисия Алёна Маргарита Злата
      Вера`),
  },
};

const ADULT_NAMES: Record<TEthnicity, Record<TGender, string[]>> = {
  tatar: {
    m: split(`Ринат Ильдар Айрат Марат Рустам Радик Ильнур Азат Булат Ренат Фарит Ильшат Тимур Рамиль
      Наиль Ильназ Ленар Айдар Дамир Ирек Алмаз Фанис Ранис Рафис Ильгиз Рафаэль Динар Марсель Азамат
      Ильфат Альберт Эдуард`),
    f: split(`Гульнара Альфия Эльмира Гульшат Лилия Резеда Ляйсан Айгуль Алсу Гузель Зульфия Венера
      Фарида Лейсан Эльвира Диляра Динара Ильмира Гульназ Миляуша Рамиля Альбина Чулпан Розалия Айсылу
      Ильсияр`),
  },
  russian: {
    m: split(`Сергей Андрей Алексей Дмитрий Александр Владимир Игорь Евгений Олег Николай Михаил Юрий
      Виктор Павел Константин Роман Денис Артём Вадим Максим Антон Илья Иван Кирилл Станислав
      Владислав`),
    f: split(`Елена Ольга Наталья Татьяна Ирина Светлана Юлия Анна Марина Екатерина Людмила Оксана
      Мария Надежда Анастасия Евгения Ксения Дарья Виктория Алёна Валентина`),
  },
};

/** The fathers of today's parents, for the parents' own patronymics. */
const GRANDFATHER_NAMES: Record<TEthnicity, string[]> = {
  tatar: split(`Рашит Ильдус Равиль Рифкат Фарит Мансур Анвар Хамит Рустем Ринат Марат Наиль Рамиль
    Ильгиз Зуфар Рафаэль Азат Тагир Шамиль Фоат Ильяс Рашид Назип Талгат`),
  russian: split(`Сергей Владимир Николай Александр Виктор Юрий Анатолий Михаил Иван Геннадий Валерий
    Борис Василий Евгений Пётр Алексей Григорий Леонид Олег Вячеслав`),
};

const IRREGULAR_PATRONYMICS: Record<string, [string, string]> = {
  Илья: ["Ильич", "Ильинична"],
  Никита: ["Никитич", "Никитична"],
  Михаил: ["Михайлович", "Михайловна"],
  Павел: ["Павлович", "Павловна"],
  Пётр: ["Петрович", "Петровна"],
  Лев: ["Львович", "Львовна"],
  Дмитрий: ["Дмитриевич", "Дмитриевна"],
};

export function patronymic(fatherName: string, gender: TGender): string {
  const irregular = IRREGULAR_PATRONYMICS[fatherName];
  if (irregular) return gender === "m" ? irregular[0] : irregular[1];
  const [m, f] = ["вич", "вна"];
  const end = gender === "m" ? m : f;
  // Юрий → Юрьевич, Евгений → Евгеньевич
  if (fatherName.endsWith("ий")) return `${fatherName.slice(0, -2)}ье${end}`;
  // Сергей → Сергеевич, Николай → Николаевич
  if (fatherName.endsWith("й")) return `${fatherName.slice(0, -1)}е${end}`;
  // Рамиль → Рамилевич, Игорь → Игоревич
  if (fatherName.endsWith("ь")) return `${fatherName.slice(0, -1)}е${end}`;
  return `${fatherName}о${end}`;
}

/** The form of a (masculine) family name for a person of the given gender. */
export function surnameFor(surname: string, gender: TGender): string {
  if (gender === "m") return surname;
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ский|цкий)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  if (surname.endsWith("ой")) return `${surname.slice(0, -2)}ая`;
  return surname; // Шевченко, Белых: the same for both
}

export type TFamily = { surname: string; ethnicity: TEthnicity; fatherName: string };

export function createNamer(rnd: TRandom, reservedSurnames: readonly string[]) {
  const reserved = new Set(reservedSurnames);
  const usedSurnames = new Set<string>();
  const pool = (e: TEthnicity) => SURNAMES[e].filter((s) => !reserved.has(s));

  return {
    /** A family not yet in the school, so that a shared surname always means siblings. */
    family(ethnicity: TEthnicity): TFamily {
      const candidates = pool(ethnicity).filter((s) => !usedSurnames.has(s));
      const surname = rnd.pick(candidates.length ? candidates : pool(ethnicity));
      usedSurnames.add(surname);
      return { surname, ethnicity, fatherName: rnd.pick(ADULT_NAMES[ethnicity].m) };
    },
    child(family: TFamily, gender: TGender, firstName?: string): TPerson {
      return {
        lastName: surnameFor(family.surname, gender),
        firstName: firstName ?? rnd.pick(CHILD_NAMES[family.ethnicity][gender]),
        middleName: patronymic(family.fatherName, gender),
        gender,
      };
    },
    father(family: TFamily): TPerson {
      return {
        lastName: family.surname,
        firstName: family.fatherName,
        middleName: patronymic(rnd.pick(GRANDFATHER_NAMES[family.ethnicity]), "m"),
        gender: "m",
      };
    },
    /** Mothers mostly share the family's origin; one in ten comes from the other. */
    mother(family: TFamily): TPerson {
      const own: TEthnicity = rnd.chance(0.1) ? (family.ethnicity === "tatar" ? "russian" : "tatar") : family.ethnicity;
      return {
        lastName: surnameFor(family.surname, "f"),
        firstName: rnd.pick(ADULT_NAMES[own].f),
        middleName: patronymic(rnd.pick(GRANDFATHER_NAMES[own]), "f"),
        gender: "f",
      };
    },
  };
}

/** A teacher's login: surname and initials, e.g. sokolova.tn. */
export function staffLogin(p: Pick<TPerson, "lastName" | "firstName" | "middleName">): string {
  return `${transliterate(p.lastName)}.${transliterate(p.firstName[0])}${transliterate(p.middleName[0])}`;
}

export const fullName = (p: Pick<TPerson, "lastName" | "firstName" | "middleName">) => `${p.lastName} ${p.firstName} ${p.middleName}`;
