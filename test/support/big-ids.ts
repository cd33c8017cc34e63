// The tables whose ids are 64-bit, and a start for their sequences past what a JavaScript number
// holds exactly (2^53 + 1): a test on such ids fails wherever an id goes through Number() or a
// JSON number, not only where it would pass int4.
export const BIG_ID_TABLES = ["Lesson", "Mark", "Attendance", "Homework", "FinalMark"] as const;
export const BIG_ID_START = 2n ** 53n + 1n;

/** The statements that move each sequence on to `start` (the next id is start + 1). */
export const bigIdSequenceSql = (start = BIG_ID_START) => BIG_ID_TABLES.map((table) => `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), ${start})`);
