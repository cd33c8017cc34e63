// The minimum a new password must meet, for whoever sets one (the person themselves, or an
// administrator choosing one by hand; generated one-time passwords meet it by construction).
// Pure; the answer is a key of locales/*/errors.json ("password.tooShort"), so it is translated
// like every other message. Length matters more than character classes (NIST SP 800-63B): at least
// 8 characters, at most 200 (what sign-in reads), not the login, not one repeated character, not
// a password every guessing list starts with.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set([
  "12345678",
  "123456789",
  "1234567890",
  "87654321",
  "password",
  "password1",
  "qwertyui",
  "qwerty123",
  "qwertyuiop",
  "1q2w3e4r",
  "1qaz2wsx",
  "11111111",
  "iloveyou",
  "йцукенгш",
  "пароль12",
  "belem-demo",
  "школа123",
  "мәктәп123",
]);

export type TPasswordProblem = "password.tooShort" | "password.tooLong" | "password.sameAsLogin" | "password.tooSimple";

export function passwordProblem(password: string, login = ""): TPasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "password.tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "password.tooLong";
  const lower = password.toLowerCase();
  if (login && lower.includes(login.trim().toLowerCase())) return "password.sameAsLogin";
  if (new Set(lower).size < 3 || COMMON.has(lower)) return "password.tooSimple";
  return null;
}
