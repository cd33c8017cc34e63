import { describe, expect, it } from "vitest";
import ruErrors from "../../locales/ru/errors.json" with { type: "json" };
import ttErrors from "../../locales/tt/errors.json" with { type: "json" };
import { passwordProblem } from "./password-policy";

describe("the password policy", () => {
  it("accepts a long enough password of the person's own", () => {
    expect(passwordProblem("Казань-2026-весна", "ivanov")).toBeNull();
    expect(passwordProblem("мәктәптә укыйм", "ivanov")).toBeNull();
  });

  it("refuses short, overlong, login-based, repetitive and well-known passwords", () => {
    expect(passwordProblem("Kazan1!", "ivanov")).toBe("password.tooShort");
    expect(passwordProblem("x".repeat(150) + "y".repeat(51))).toBe("password.tooLong");
    expect(passwordProblem("Ivanov2026", "ivanov")).toBe("password.sameAsLogin");
    expect(passwordProblem("aaaaaaaaaaaa")).toBe("password.tooSimple");
    expect(passwordProblem("ababababab")).toBe("password.tooSimple");
    expect(passwordProblem("Qwerty123")).toBe("password.tooSimple");
    expect(passwordProblem("belem-demo")).toBe("password.tooSimple");
  });

  it("counts characters, not UTF-16 units, so Tatar letters and emoji count once", () => {
    expect(passwordProblem("әөүҗңһ😀a")).toBeNull();
    expect(passwordProblem("😀😀😀😀😀😀😀")).toBe("password.tooShort");
  });

  it("names every problem in both languages", () => {
    for (const key of ["tooShort", "tooLong", "sameAsLogin", "tooSimple"]) {
      expect((ruErrors as { password?: Record<string, string> }).password?.[key], `ru ${key}`).toBeTruthy();
      expect((ttErrors as { password?: Record<string, string> }).password?.[key], `tt ${key}`).toBeTruthy();
    }
  });
});
