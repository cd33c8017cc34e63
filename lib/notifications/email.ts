// Email as a second channel (nodemailer over SMTP_URL). Off when SMTP_URL is unset: no email
// delivery is ever queued then. The message is the notification's own title and text.
import nodemailer, { type Transporter } from "nodemailer";
import type { TPushMessage } from "./text";

let transport: Transporter | undefined;
let transportUrl: string | undefined;

export const isEmailOn = () => Boolean(process.env.SMTP_URL);

export async function sendEmail(to: string, message: TPushMessage): Promise<{ ok: true } | { ok: false; isGone: boolean; error: string }> {
  const url = process.env.SMTP_URL;
  if (!url) return { ok: false, isGone: true, error: "email is off" };
  if (!transport || transportUrl !== url) {
    transport = nodemailer.createTransport(url);
    transportUrl = url;
  }
  try {
    const base = process.env.NEXTAUTH_URL ?? "";
    await transport.sendMail({
      from: process.env.SMTP_FROM || "Belem <belem@localhost>",
      to,
      subject: message.title,
      text: `${message.body}\n\n${base}${message.url}`,
    });
    return { ok: true };
  } catch (error) {
    const code = (error as { responseCode?: number }).responseCode;
    return {
      ok: false,
      isGone: code !== undefined && code >= 550 && code < 560,
      error: code ? `SMTP ${code}` : String((error as Error).message).slice(0, 200),
    };
  }
}
