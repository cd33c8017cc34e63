import { describe, expect, it } from "vitest";
import { LOGIN_PATTERN, loginBase, transliterate, uniqueLogin } from "./logins";

describe("logins", () => {
  it("transliterates Russian and Tatar names", () => {
    expect(transliterate("Щукин")).toBe("shchukin");
    expect(transliterate("Гөлназ")).toBe("golnaz");
    expect(transliterate("Җәлил")).toBe("zhalil");
    expect(transliterate("Хәйруллин-Шәрәфи")).toBe("khayrullinsharafi");
    expect(transliterate("Юлия Ярулла")).toBe("yuliyayarulla");
  });

  it("makes surname.initials", () => {
    expect(loginBase({ lastName: "Иванова", firstName: "Анна", middleName: "Петровна" })).toBe("ivanova.ap");
    expect(loginBase({ lastName: "Сафин", firstName: "Үмәр", middleName: null })).toBe("safin.u");
    expect(loginBase({ lastName: "—", firstName: "", middleName: null })).toBe("user");
  });

  it("numbers a taken login from 2", () => {
    expect(uniqueLogin("ivanova.ap", new Set())).toBe("ivanova.ap");
    expect(uniqueLogin("ivanova.ap", new Set(["ivanova.ap", "ivanova.ap2"]))).toBe("ivanova.ap3");
  });

  it("produces logins the login pattern accepts", () => {
    for (const name of ["Ёлкина", "Ахмәтҗанов", "Ли"])
      expect(loginBase({ lastName: name, firstName: "Эльза", middleName: "Ильдаровна" })).toMatch(LOGIN_PATTERN);
  });
});
