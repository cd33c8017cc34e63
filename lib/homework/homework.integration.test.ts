// Homework through the real actions and the real file route: who may set it, who may download its
// files, what is kept on disk, and that a refused save leaves neither a row nor a file behind.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// Files go to a folder of this test's own, set before lib/env reads the environment.
const uploads = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "belem-uploads-"));
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { GET } from "@/app/api/homework-files/[id]/route";
import { db } from "@/lib/db";
import { setLessonTopicAction } from "@/lib/journal/actions";
import { createPerson, createTestSchool, type TTestSchool } from "@/test/support/factories";
import { asAnonymous, asUser } from "@/test/support/session";
import { journalRowCounts } from "@/test/support/statements";
import { getLessonHomeworkAction, saveHomeworkAction } from "./actions";
import type { TSaveHomeworkArgs } from "./schemas";
import { storeFile } from "./storage";

let s: TTestSchool;
beforeEach(async () => {
  s = await createTestSchool(db);
});
afterAll(() => rmSync(uploads, { recursive: true, force: true }));

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const file = (name: string, text: string, type = "text/plain") => new File([text], name, { type });
const input = (over: Partial<TSaveHomeworkArgs> = {}): TSaveHomeworkArgs => ({
  lessonId: s.lessons[0].id,
  text: "№ 245, 247",
  dueLessonId: s.lessons[1].id,
  dueDate: null,
  removeAttachmentIds: [],
  files: [],
  ...over,
});
const save = (user: { id: number }, over: Partial<TSaveHomeworkArgs> = {}) => asUser(user, () => saveHomeworkAction(input(over)));
const storedFiles = () => readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
const download = (user: { id: number } | null, id: number) =>
  user
    ? asUser(user, () => GET(new Request("http://x"), { params: Promise.resolve({ id: String(id) }) }))
    : asAnonymous(() => GET(new Request("http://x"), { params: Promise.resolve({ id: String(id) }) }));

describe("setting homework", () => {
  it("stores text, the due lesson's date and a file, with an audit event, and shows it in the due lesson of the diary", async () => {
    const result = await save(s.teacher, { files: [file("задание.txt", "Решить № 245")] });
    expect(result.serverError).toBeUndefined();
    const hw = result.data!.homework!;
    expect(hw).toMatchObject({
      text: "№ 245, 247",
      dueLessonId: String(s.lessons[1].id),
      dueDate: "2026-11-24",
      attachments: [{ fileName: "задание.txt", size: 20 }],
    });
    const row = await db.homeworkAttachment.findFirstOrThrow({ where: { homeworkId: BigInt(hw.id) }, select: { storageKey: true, mimeType: true } });
    expect(readFileSync(join(uploads, row.storageKey), "utf8")).toBe("Решить № 245");
    expect(row.mimeType).toBe("text/plain");
    const audit = await db.auditEvent.findMany({ where: { schoolId: s.schoolId, entityType: "Homework" }, select: { action: true, lessonId: true } });
    expect(audit).toEqual([{ action: "homework.create", lessonId: s.lessons[0].id }]);
    const due = await db.lesson.findUniqueOrThrow({ where: { id: s.lessons[1].id }, select: { homeworkDue: { select: { text: true } } } });
    expect(due.homeworkDue).toEqual([{ text: "№ 245, 247" }]);
  });

  it("edits text and files, deleting a removed file from disk, and deletes the homework once emptied", async () => {
    const first = (await save(s.teacher, { files: [file("a.txt", "A"), file("b.txt", "B")] })).data!.homework!;
    expect(storedFiles()).toBeGreaterThanOrEqual(2);
    const before = storedFiles();
    const edited = await save(s.teacher, {
      homeworkId: first.id,
      text: "№ 250",
      dueLessonId: null,
      dueDate: "2026-12-01",
      removeAttachmentIds: [first.attachments[0].id],
    });
    expect(edited.data!.homework).toMatchObject({ text: "№ 250", dueLessonId: null, dueDate: "2026-12-01", attachments: [{ fileName: "b.txt" }] });
    expect(storedFiles()).toBe(before - 1);
    const emptied = await save(s.teacher, {
      homeworkId: first.id,
      text: "",
      dueLessonId: null,
      dueDate: "2026-12-01",
      removeAttachmentIds: [first.attachments[1].id],
    });
    expect(emptied.data!.homework).toBeNull();
    expect(await db.homework.count({ where: { schoolId: s.schoolId } })).toBe(0);
    expect(storedFiles()).toBe(before - 2);
    const actions = await db.auditEvent.findMany({ where: { schoolId: s.schoolId, entityType: "Homework" }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["homework.create", "homework.update", "homework.delete"]);
  });

  it("is refused to other teachers, in a locked term, with a due lesson of another journal, a date before the lesson or an empty text — leaving nothing behind", async () => {
    const counts = await journalRowCounts(db, s.schoolId);
    const files = storedFiles();
    const attempt = { files: [file("x.txt", "x")] };
    expect((await save(s.otherTeacher, attempt)).serverError?.code).toBe("forbidden");
    expect((await save(s.homeroom, attempt)).serverError?.code).toBe("forbidden");
    expect((await save(s.teacher, { ...attempt, dueLessonId: s.otherLessonId })).serverError?.code).toBe("lesson_mismatch");
    const early = await save(s.teacher, { ...attempt, dueLessonId: null, dueDate: "2026-11-01" });
    expect(early.validationErrors?.fieldErrors.dueDate).toEqual(["journal:homework.dueBeforeLesson"]);
    const empty = await save(s.teacher, { ...attempt, text: "" });
    expect(empty.validationErrors?.fieldErrors.text).toEqual(["field.required"]);
    const big = await save(s.teacher, { files: [new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.pdf")] });
    expect(big.validationErrors?.fieldErrors.files?.[0]).toMatch(/^journal:homework.fileTooBig/);
    await db.term.update({ where: { id: s.terms[1].id }, data: { isLocked: true } });
    expect((await save(s.teacher, attempt)).serverError?.code).toBe("term_locked");
    expect(await journalRowCounts(db, s.schoolId)).toEqual(counts);
    expect(storedFiles()).toBe(files);
  });

  it("accepts a file of exactly the upload limit and refuses one byte more, with the limit in the message", async () => {
    const pdfOf = (size: number) => {
      const bytes = new Uint8Array(size);
      bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
      return new File([bytes], "ровно.pdf", { type: "application/pdf" });
    };
    const exact = await save(s.teacher, { files: [pdfOf(10 * 1024 * 1024)] });
    expect(exact.validationErrors).toBeUndefined();
    expect(exact.data?.homework?.attachments[0].size).toBe(10 * 1024 * 1024);
    const over = await save(s.teacher, { homeworkId: exact.data!.homework!.id, files: [pdfOf(10 * 1024 * 1024 + 1)] });
    expect(over.validationErrors?.fieldErrors.files).toEqual(["journal:homework.fileTooBig|10"]);
  });

  it("accepts documents, images and office files by name and content, and refuses a program or a page in disguise", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const accepted = await save(s.teacher, {
      files: [new File([png], "схема.png", { type: "image/png" }), new File([ole], "старый.doc"), file("ответы.txt", "1) 42")],
    });
    expect(accepted.validationErrors).toBeUndefined();
    const types = await db.homeworkAttachment.findMany({
      where: { homeworkId: BigInt(accepted.data!.homework!.id) },
      select: { fileName: true, mimeType: true },
      orderBy: { id: "asc" },
    });
    expect(types).toEqual([
      { fileName: "схема.png", mimeType: "image/png" },
      { fileName: "старый.doc", mimeType: "application/msword" },
      { fileName: "ответы.txt", mimeType: "text/plain" },
    ]);
    const files = storedFiles();
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);
    for (const bad of [
      new File([exe], "задание.pdf", { type: "application/pdf" }),
      new File([png], "картинка.exe"),
      file("страница.html", "<script>alert(1)</script>", "text/html"),
      new File(["<html><script>alert(1)</script>"], "фото.jpg", { type: "image/jpeg" }),
      new File([exe], "notes.txt"),
    ]) {
      const refused = await save(s.teacher, { lessonId: s.lessons[1].id, dueLessonId: s.lessons[2].id, files: [bad] });
      expect(refused.validationErrors?.fieldErrors.files, bad.name).toEqual(["journal:homework.fileKind"]);
    }
    expect(storedFiles()).toBe(files);
  });

  it("stores a name without bidirectional controls, so it reads as what it is", async () => {
    const saved = await save(s.teacher, { files: [file("пример\u202Egpj.txt", "текст")] });
    expect(saved.data?.homework?.attachments[0].fileName).toBe("примерgpj.txt");
  });

  it("is read back by those who may read the journal only", async () => {
    await save(s.teacher);
    expect((await asUser(s.homeroom, () => getLessonHomeworkAction({ lessonId: s.lessons[0].id }))).data).toHaveLength(1);
    expect((await asUser(s.otherTeacher, () => getLessonHomeworkAction({ lessonId: s.lessons[0].id }))).serverError?.code).toBe("not_found");
  });
});

describe("downloading a homework file", () => {
  it("serves it to the school's staff, the class's pupils and their parents, and to nobody else", async () => {
    const hw = (await save(s.teacher, { files: [file("дз.txt", "Решить")] })).data!.homework!;
    const id = hw.attachments[0].id;
    const ok = await download(s.pupils[0], id);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("Решить");
    expect(ok.headers.get("content-disposition")).toContain("filename*=UTF-8''%D0%B4%D0%B7.txt");
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    for (const person of [s.teacher, s.otherTeacher, s.admin, s.parent, s.pupils[1]]) expect((await download(person, id)).status).toBe(200);

    const other = await createTestSchool(db);
    const stranger = await createPerson(db, s.schoolId, ["STUDENT"], "Чужой");
    await db.enrolment.updateMany({ where: { studentId: s.pupils[2].id }, data: { endDate: d("2026-11-01") } });
    for (const person of [other.teacher, other.pupils[0], other.parent, stranger, s.pupils[2]]) expect((await download(person, id)).status).toBe(404);
    expect((await download(null, id)).status).toBe(404);
    expect((await download(s.teacher, 2_000_000_000)).status).toBe(404);
  });

  it("in a subgroup's journal, only to the subgroup's pupils", async () => {
    const group = await db.subgroup.create({ data: { schoolId: s.schoolId, classId: s.classId, name: "1 группа" }, select: { id: true } });
    await db.subgroupMember.create({ data: { schoolId: s.schoolId, subgroupId: group.id, studentId: s.pupils[0].id } });
    await db.teachingAssignment.update({ where: { id: s.assignmentId }, data: { subgroupId: group.id } });
    const id = (await save(s.teacher, { files: [file("a.txt", "A")] })).data!.homework!.attachments[0].id;
    expect((await download(s.pupils[0], id)).status).toBe(200);
    expect((await download(s.pupils[1], id)).status).toBe(404);
  });

  it("serves an HTML file (stored before kinds were checked) as a download, never as a page", async () => {
    const hw = (await save(s.teacher)).data!.homework!;
    const stored = await storeFile({ fileName: "x.html", mimeType: "text/html", bytes: Buffer.from("<script>alert(1)</script>") });
    const { id } = await db.homeworkAttachment.create({ data: { schoolId: s.schoolId, homeworkId: BigInt(hw.id), ...stored }, select: { id: true } });
    const res = await download(s.pupils[0], id);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
  });
});

describe("a lesson's topic", () => {
  it("is set by the teacher with an audit event, refused to others and in a locked term", async () => {
    const lessonId = s.lessons[0].id;
    expect((await asUser(s.teacher, () => setLessonTopicAction({ lessonId, topic: "Дроби" }))).data).toEqual({ lessonId: String(lessonId), topic: "Дроби" });
    expect((await asUser(s.otherTeacher, () => setLessonTopicAction({ lessonId, topic: "X" }))).serverError?.code).toBe("forbidden");
    await db.term.update({ where: { id: s.terms[1].id }, data: { isLocked: true } });
    expect((await asUser(s.admin, () => setLessonTopicAction({ lessonId, topic: "Y" }))).serverError?.code).toBe("term_locked");
    expect((await db.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { topic: true } })).topic).toBe("Дроби");
    const audit = await db.auditEvent.findMany({ where: { schoolId: s.schoolId, lessonId }, select: { action: true, before: true, after: true } });
    expect(audit).toEqual([{ action: "lesson.topic", before: { topic: null }, after: { topic: "Дроби" } }]);
  });
});
