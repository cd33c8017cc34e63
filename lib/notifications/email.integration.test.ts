// The evening homework digest by email: a local SMTP server (smtp-server) receives it, and the test
// reads the message a parent who chose email would get. One digest per pupil, whatever the number of
// homework, and a second run adds nothing.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendMessageAction } from "@/lib/messages/actions";
import { createTestSchool } from "@/test/support/factories";
import { asUser } from "@/test/support/session";
import { queueHomeworkDigest } from "./digest";
import { sendDue } from "./send";
import { runOnce } from "./worker";

const mails: { to: string; text: string }[] = [];
let smtp: SMTPServer;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), text: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

it("sends tomorrow's homework digest by email to a parent who chose it, once", async () => {
  const s = await createTestSchool(db);
  await db.user.update({ where: { id: s.parent.id }, data: { email: "parent@example.org" } });
  await db.notificationPreference.create({ data: { userId: s.parent.id, events: ["homework"], quietFrom: 0, quietTo: 0, byEmail: true, mutedStudentIds: [] } });
  for (const lesson of s.lessons.slice(0, 2)) {
    await db.homework.create({
      data: { schoolId: s.schoolId, lessonId: lesson.id, dueDate: new Date("2026-11-26T00:00:00Z"), text: "§ 12", createdById: s.teacher.id },
    });
  }
  expect(await queueHomeworkDigest("2026-11-26")).toBe(1);
  expect(await queueHomeworkDigest("2026-11-26")).toBe(0);
  expect(await sendDue()).toMatchObject({ sent: 1, failed: 0 });
  expect(mails).toHaveLength(1);
  expect(mails[0].to).toBe("parent@example.org");
  // Subject and body are encoded (Cyrillic); decode what a mail reader would show.
  const decoded = decodeMail(mails[0].text);
  expect(decoded).toContain(`${s.pupils[0].firstName}: домашнее задание на завтра`);
  expect(decoded).toMatch(/2 задания: \S+/);
});

it("sends a message by email to a recipient who chose email, naming the sender's role and not the text", async () => {
  const s = await createTestSchool(db);
  await db.user.update({ where: { id: s.homeroom.id }, data: { email: "homeroom@example.org" } });
  await db.notificationPreference.create({
    data: { userId: s.homeroom.id, events: ["message"], quietFrom: 0, quietTo: 0, byEmail: true, mutedStudentIds: [] },
  });
  mails.length = 0;
  const sent = await asUser(s.parent, () => sendMessageAction({ recipientId: s.homeroom.id, body: "Айдар болеет, справка будет в пятницу", files: [] }));
  expect(sent?.serverError).toBeUndefined();
  await runOnce({ pollMs: 100, quietMs: 0, leaseMs: 60_000, batch: 200 });
  expect(mails.map((m) => m.to)).toEqual(["homeroom@example.org"]);
  const decoded = decodeMail(mails[0].text);
  expect(decoded).toContain("Новое сообщение");
  expect(decoded).toContain("От родителя");
  expect(decoded).not.toContain("справка");
});

/** Headers unfolded with their RFC 2047 words decoded (a word may split a character), and the body decoded. */
function decodeMail(raw: string): string {
  const [rawHead, ...rawBody] = raw.split(/\r?\n\r?\n/);
  const head = rawHead.replace(/\?=\s+=\?/g, "?==?").replace(/(=\?UTF-8\?[BQ]\?[^?]*\?=)+/gi, (run) => {
    const bytes = [...run.matchAll(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi)].map(([, enc, text]) =>
      enc.toUpperCase() === "B" ? Buffer.from(text, "base64") : Buffer.from(quoted(text.replaceAll("_", " ")), "latin1"),
    );
    return Buffer.concat(bytes).toString("utf8");
  });
  const body = rawBody.join("\n\n");
  const text = /quoted-printable/i.test(head)
    ? Buffer.from(quoted(body), "latin1").toString("utf8")
    : /base64/i.test(head)
      ? Buffer.from(body, "base64").toString("utf8")
      : body;
  return `${head}\n\n${text}`;
}

function quoted(text: string): string {
  return text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}
