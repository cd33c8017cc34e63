// Names for a benchmark district: a short list is enough (a hundred thousand people share them),
// with the grammar of the demo's names (a surname and patronymic agree with the person's gender).
import { patronymic, surnameFor, type TGender } from "../names";
import type { TRandom } from "../random";

export type TBenchPerson = { lastName: string; firstName: string; middleName: string };

const split = (s: string) => s.split(/\s+/).filter(Boolean);
const SURNAMES = split(`Галиев Хасанов Гарипов Зарипов Валиев Шарипов Нуриев Закиров Юсупов Латыпов Ибрагимов
  Садыков Каримов Камалов Вахитов Ганиев Сафин Мусин Иванов Смирнов Кузнецов Попов Петров Соколов Волков
  Лебедев Егоров Орлов Макаров Никитин Захаров Романов`);
const FIRST: Record<TGender, string[]> = {
  m: split("Айдар Амир Азат Алмаз Булат Ильдар Карим Камиль Тимур Рустам Данияр Артём Максим Иван Михаил Кирилл Егор Никита"),
  f: split("Алсу Лейсан Айгуль Диляра Камила Амина Гузель Чулпан Алия Сабина Анна Мария София Дарья Полина Ксения Вера"),
};
const FATHERS = split("Рашит Ильдус Равиль Марат Наиль Рамиль Ринат Сергей Андрей Алексей Дмитрий Олег Игорь Павел");

export function createBenchNamer(rnd: TRandom) {
  const person = (gender: TGender, surname = rnd.pick(SURNAMES)): TBenchPerson => ({
    lastName: surnameFor(surname, gender),
    firstName: rnd.pick(FIRST[gender]),
    middleName: patronymic(rnd.pick(FATHERS), gender),
  });
  const gender = (): TGender => (rnd.chance(0.5) ? "m" : "f");
  return {
    child: () => person(gender()),
    adult: () => person(gender()),
    /** A parent sharing the child's family name (in its own gender's form). */
    parentOf: (child: TBenchPerson) => {
      const base = SURNAMES.find((s) => surnameFor(s, "m") === child.lastName || surnameFor(s, "f") === child.lastName) ?? child.lastName;
      return person(gender(), base);
    },
  };
}
