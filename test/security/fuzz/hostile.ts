// Hostile values for the bad-input test. A server action's argument arrives through React's
// decodeReply, so an attacker can send anything it decodes: any JSON, and also undefined, NaN,
// ±Infinity, -0, BigInt, Date, Map, Set. Fixed nasties (SQL and HTML fragments, NUL bytes, lone
// surrogates, huge strings) sit beside fast-check's random values, and ids of the other school
// are aimed at every id-looking field.
import fc from "fast-check";
import type { TWorld } from "../matrix/world";

export const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF\uD800",
  "\u202Eevil\u202C",
  "\u200B",
  "\uFEFF",
  "e\u0301\u0301\u0301",
  "👨‍👩‍👧‍👦",
  "әөүҗңһ ӘӨҮҖҢҺ",
  "\r\n\t",
  '\'; DROP TABLE "Mark"; --',
  "1 OR 1=1",
  "' OR ''='",
  "$1",
  "\\",
  "%00",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  "${7*7}",
  "{{constructor.constructor('return 1')()}}",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "9999-12-31",
  "2026-11-25T00:00:00Z",
  "NaN",
  "-1",
  "1e309",
  "0x10",
  // 64-bit ids at and past int8's end: the largest names no row, the next cannot be one.
  "9223372036854775807",
  "9223372036854775808",
  "18446744073709551616",
  "00000000000000000001",
  "９", // a full-width digit
  "٣", // an Arabic-Indic digit
];

export const NASTY_NUMBERS = [0, -0, -1, 1.5, 2 ** 31, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Infinity, -Infinity];

/** A value of the wrong kind, hostile content, or a random value of any kind. */
export function hostileValue(world: TWorld): fc.Arbitrary<unknown> {
  const t = world.otherSchool;
  const foreignIds = [
    t.schoolId,
    t.classId,
    t.pupil.id,
    t.actors.teacher.id,
    t.assignmentId,
    t.homeworkId,
    t.yearId,
    t.subjectId,
    ...t.lessonIds,
    ...t.termIds,
  ];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS) },
    { weight: 3, arbitrary: fc.constantFrom(...foreignIds) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, [null], { $gt: "" }, new Date(Number.NaN), new Date("2026-11-25")) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        BigInt(2) ** BigInt(70),
        BigInt(2) ** BigInt(63),
        BigInt(2) ** BigInt(63) - BigInt(1),
        BigInt(-1),
        new Map([["a", 1]]),
        new Set([1, 2]),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom("а".repeat(100_000), "x".repeat(1_000_001)) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
    { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double()) },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...foreignIds, ...NASTY_STRINGS), { maxLength: 200 }) },
  );
}

/** A whole payload that is not the object an action expects at all. */
export function hostilePayload(world: TWorld): fc.Arbitrary<unknown> {
  return fc.oneof(
    hostileValue(world),
    fc.constant(JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"polluted": 1}}}')),
    fc.dictionary(fc.string({ maxLength: 12 }), hostileValue(world), { maxKeys: 6 }),
  );
}

/**
 * The valid input with some of its fields replaced by hostile values, and perhaps fields it does
 * not know (a forged schoolId, authorId, role) added.
 */
export function mutatedInput(template: Record<string, unknown>, world: TWorld): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(template);
  const t = world.otherSchool;
  const extras = fc.constantFrom<Record<string, unknown>>(
    {},
    { schoolId: t.schoolId },
    { authorId: t.actors.teacher.id, studentId: t.pupil.id },
    { role: "SCHOOL_ADMIN", isAdmin: true, userId: t.actors.admin.id },
    { id: t.lessonIds[0], classId: t.classId },
  );
  // Mostly one field at a time, so the rest stays valid and the hostile value reaches the
  // action's own logic and the database, not just the first zod check.
  const oneOrMore = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...keys).map((k) => [k]) }, { weight: 1, arbitrary: fc.subarray(keys, { minLength: 1 }) });
  const replaced = keys.length
    ? oneOrMore.chain((chosen) => fc.tuple(...chosen.map((k) => hostileValue(world).map((v) => [k, v] as const))))
    : fc.constant([] as (readonly [string, unknown])[]);
  return fc.tuple(replaced, extras).map(([pairs, extra]) => ({ ...template, ...extra, ...Object.fromEntries(pairs) }));
}
