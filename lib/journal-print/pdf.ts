// The journal on paper: a PDF made on the server with pdfkit (see docs/decisions/018-journal-on-paper.md).
// A4 landscape; each spread is two pages: the marks of a run of lessons with the pupils' names,
// then the same lessons' dates, topics and homework. The font is DejaVu Sans from npm
// (dejavu-fonts-ttf), embedded as a subset: it has every Russian and Tatar letter, and a new
// machine needs no system fonts.
import "server-only";
import { join } from "node:path";
import type { TFunction } from "i18next";
import PDFDocument from "pdfkit";
import { formatDate, formatShortDate } from "@/lib/i18n/dates";
import { localized, type TLanguage } from "@/lib/i18n/settings";
import type { TJournalTermData } from "@/lib/journal/types";
import { printRows, spreads } from "./layout";

const FONT_DIR = join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const PAGE = { width: 841.89, height: 595.28, margin: 28 };
const ROW = 15;
const NAME_W = 150;
const NUM_W = 18;
const FINAL_W = 34;
const CELL_W = 24;
const LESSONS_PER_PAGE = Math.floor((PAGE.width - 2 * PAGE.margin - NUM_W - NAME_W - FINAL_W) / CELL_W);
const PUPILS_PER_PAGE = Math.floor((PAGE.height - 2 * PAGE.margin - 60) / ROW) - 1;

export type TPrintTerm = { data: TJournalTermData; homework: Map<string, string> };

export async function journalPdf(terms: readonly TPrintTerm[], school: string, t: TFunction, lng: TLanguage): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", layout: "landscape", margin: PAGE.margin, autoFirstPage: false, info: { Title: school, Creator: "Belem" } });
  doc.registerFont("body", join(FONT_DIR, "DejaVuSans.ttf"));
  doc.registerFont("bold", join(FONT_DIR, "DejaVuSans-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const words = {
    exempt: t("journal:final.exempt"),
    notAssessed: t("journal:final.notAssessed"),
    absenceLetter: (a: { letterRu: string; letterTt: string }) => localized(a, lng, "letter"),
  };
  for (const { data, homework } of terms) {
    const h = data.header;
    const termName = t(h.termKind === "QUARTER" ? "common:quarter" : "common:trimester", { n: data.term.number });
    const title = `${localized(h.subject, lng)} · ${h.className}${h.subgroupName ? ` (${h.subgroupName})` : ""} · ${termName}`;
    const sub = `${school} · ${t("journal:teacherLine", { name: h.teacherName })} · ${formatDate(data.term.startDate, lng, { year: true })} – ${formatDate(data.term.endDate, lng, { year: true })}`;
    const rows = printRows(data, words);
    for (const spread of spreads(data.lessons.length, rows.length, LESSONS_PER_PAGE, PUPILS_PER_PAGE)) {
      // The term mark closes the row on the spread of the term's last lessons, as in a paper journal.
      const isLast = spread.lessonIndexes.length === 0 || spread.lessonIndexes[spread.lessonIndexes.length - 1] === data.lessons.length - 1;
      // The marks page.
      doc.addPage();
      let y = heading(doc, title, sub);
      const x0 = PAGE.margin;
      const xCells = x0 + NUM_W + NAME_W;
      const xFinal = xCells + spread.lessonIndexes.length * CELL_W;
      doc.font("bold").fontSize(7);
      box(doc, x0, y, NUM_W, ROW * 2, "№");
      box(doc, x0 + NUM_W, y, NAME_W, ROW * 2, t("journal:print.pupil"), "left");
      spread.lessonIndexes.forEach((li, i) => {
        const l = data.lessons[li];
        box(doc, xCells + i * CELL_W, y, CELL_W, ROW * 2, formatShortDate(l.date));
      });
      if (isLast) box(doc, xFinal, y, FINAL_W, ROW * 2, t("journal:print.termMark"));
      y += ROW * 2;
      doc.font("body").fontSize(8);
      for (const pi of spread.pupilIndexes) {
        const r = rows[pi];
        box(doc, x0, y, NUM_W, ROW, String(pi + 1));
        box(doc, x0 + NUM_W, y, NAME_W, ROW, r.name, "left");
        spread.lessonIndexes.forEach((li, i) => {
          box(doc, xCells + i * CELL_W, y, CELL_W, ROW, data.lessons[li].isCancelled ? "×" : r.cells[li]);
        });
        if (isLast) {
          doc.font("bold");
          box(doc, xFinal, y, FINAL_W, ROW, r.final);
          doc.font("body");
        }
        y += ROW;
      }
      // The facing page: what each of those lessons was about, and the homework.
      doc.addPage();
      y = heading(doc, title, t("journal:print.topicsPage"));
      const dateW = 50;
      const hwW = 260;
      const topicW = PAGE.width - 2 * PAGE.margin - dateW - hwW;
      doc.font("bold").fontSize(8);
      box(doc, x0, y, dateW, ROW, t("journal:print.date"));
      box(doc, x0 + dateW, y, topicW, ROW, t("journal:print.topic"), "left");
      box(doc, x0 + dateW + topicW, y, hwW, ROW, t("journal:print.homework"), "left");
      y += ROW;
      doc.font("body").fontSize(7.5);
      for (const li of spread.lessonIndexes) {
        const l = data.lessons[li];
        const topic = l.isCancelled ? `${t("journal:print.cancelled")}${l.topic ? ` · ${l.topic}` : ""}` : (l.topic ?? "");
        const hw = homework.get(l.id) ?? "";
        const height = Math.max(ROW, doc.heightOfString(topic, { width: topicW - 6 }) + 5, doc.heightOfString(hw, { width: hwW - 6 }) + 5);
        if (y + height > PAGE.height - PAGE.margin) {
          doc.addPage();
          y = heading(doc, title, t("journal:print.topicsPage"));
        }
        box(doc, x0, y, dateW, height, formatShortDate(l.date));
        box(doc, x0 + dateW, y, topicW, height, topic, "left");
        box(doc, x0 + dateW + topicW, y, hwW, height, hw, "left");
        y += height;
      }
    }
  }
  if (terms.length === 0) doc.addPage();
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, title: string, sub: string): number {
  doc
    .font("bold")
    .fontSize(12)
    .text(title, PAGE.margin, PAGE.margin, { width: PAGE.width - 2 * PAGE.margin });
  doc
    .font("body")
    .fontSize(8)
    .fillColor("#334155")
    .text(sub, { width: PAGE.width - 2 * PAGE.margin })
    .fillColor("black");
  return PAGE.margin + 40;
}

/** A bordered cell with its text (one line, clipped to the cell). */
function box(doc: PDFKit.PDFDocument, x: number, y: number, w: number, h: number, text: string, align: "left" | "center" = "center") {
  doc.lineWidth(0.4).strokeColor("#64748b").rect(x, y, w, h).stroke();
  if (!text) return;
  doc.save();
  doc.rect(x, y, w, h).clip();
  const textHeight = doc.heightOfString(text, { width: w - 6 });
  const top = h > ROW ? y + 3 : y + Math.max(2, (h - Math.min(textHeight, h)) / 2);
  doc.fillColor("black").text(text, x + 3, top, { width: w - 6, align, lineBreak: h > ROW });
  doc.restore();
}
