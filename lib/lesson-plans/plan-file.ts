// A lesson plan (КТП) file read: rows of number, topic, hours and optional homework, the header
// found by the same normalised names as the roster import (Russian and Tatar, common variants).
// A topic of N hours takes N lessons. Pure.
import { normalizeHeader } from "@/lib/roster/import/columns";
import type { TTable } from "@/lib/roster/import/table";

export const PLAN_COLUMNS = ["number", "topic", "hours", "homework"] as const;
export type TPlanColumn = (typeof PLAN_COLUMNS)[number];

/** Header names, normalised: what Russian and Tatar plans call their columns. */
const NAMES: Record<TPlanColumn, string[]> = {
  number: ["№", "n", "номер", "номерурока", "№урока", "№п/п", "п/п", "номерпп", "дәрес№", "дәреснәүбәте", "сан"],
  topic: ["тема", "темаурока", "темаурока/раздел", "наименованиетемы", "дәрестемасы", "тема/раздел"],
  hours: ["часы", "часов", "кол-вочасов", "количествочасов", "часыпотеме", "сәгать", "сәгатьсаны"],
  homework: ["домашнеезадание", "дз", "д/з", "задание", "өйэше", "өйгәэш"],
};

const DICT = new Map<string, TPlanColumn>();
for (const column of PLAN_COLUMNS) for (const name of NAMES[column]) DICT.set(normalizeHeader(name), column);

export type TPlanIssue = { row?: number; key: string; params?: Record<string, string | number> };
export type TPlanTopic = { row: number; number: number | null; topic: string; hours: number; homework: string | null };
export type TPlanFile = { topics: TPlanTopic[]; issues: TPlanIssue[]; lessonCount: number };

export const MAX_PLAN_ROWS = 400;
const MAX_HOURS = 20;

export function readPlanTable(table: Pick<TTable, "header" | "rows">): TPlanFile {
  const columns = new Map<TPlanColumn, number>();
  table.header.forEach((text, i) => {
    const column = DICT.get(normalizeHeader(text));
    if (column && !columns.has(column)) columns.set(column, i);
  });
  if (!columns.has("topic")) return { topics: [], issues: [{ key: "noTopicColumn" }], lessonCount: 0 };
  if (table.rows.length === 0) return { topics: [], issues: [{ key: "noRows" }], lessonCount: 0 };
  if (table.rows.length > MAX_PLAN_ROWS) return { topics: [], issues: [{ key: "tooManyRows", params: { max: MAX_PLAN_ROWS } }], lessonCount: 0 };
  const cell = (cells: string[], c: TPlanColumn) => {
    const i = columns.get(c);
    return i === undefined ? "" : (cells[i] ?? "").replace(/\s+/g, " ").trim();
  };
  const topics: TPlanTopic[] = [];
  const issues: TPlanIssue[] = [];
  for (const { row, cells } of table.rows) {
    const topic = cell(cells, "topic");
    const hoursText = cell(cells, "hours");
    const numberText = cell(cells, "number");
    if (!topic) {
      issues.push({ row, key: "noTopic" });
      continue;
    }
    if (topic.length > 500) {
      issues.push({ row, key: "topicTooLong", params: { max: 500 } });
      continue;
    }
    const hours = hoursText === "" ? 1 : Number(hoursText.replace(",", "."));
    if (!Number.isInteger(hours) || hours < 1 || hours > MAX_HOURS) {
      issues.push({ row, key: "badHours", params: { value: hoursText } });
      continue;
    }
    const number = /^\d{1,4}\.?$/.test(numberText) ? Number.parseInt(numberText, 10) : null;
    const homework = cell(cells, "homework").slice(0, 2000) || null;
    topics.push({ row, number, topic, hours, homework });
  }
  return { topics, issues, lessonCount: topics.reduce((n, t) => n + t.hours, 0) };
}

/** One entry per lesson the plan fills: a topic of three hours is three entries. */
export function expandTopics(topics: readonly TPlanTopic[]): { topic: string; homework: string | null }[] {
  return topics.flatMap((t) => Array.from({ length: t.hours }, () => ({ topic: t.topic, homework: t.homework })));
}
