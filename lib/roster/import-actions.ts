"use server";
// Roster import: preview (nothing written: every row as new / changed / unchanged / error) and
// commit (the same plan, recomputed and compared, written in one transaction). The file travels
// as base64; the one-time passwords of new accounts are returned once and stored only as hashes.
import { revalidatePath } from "next/cache";
import { schoolAdminClient } from "@/lib/action-client";
import { ActionError } from "@/lib/errors";
import { className } from "@/lib/school/names";
import { z } from "@/lib/validation";
import { IMPORT_KINDS } from "./import/columns";
import { commitPlan } from "./import-commit";
import { classNames, planImport } from "./import-context";

const MAX_FILE_BYTES = 2_000_000;

const ZFile = z.object({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().trim().max(200).default(""),
  fileBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4, "admin:validation.fileTooBig"),
});

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

export const previewImportAction = schoolAdminClient
  .metadata({ name: "roster.previewImport" })
  .inputSchema(ZFile)
  .action(async ({ parsedInput: { kind, fileBase64 }, ctx: { schoolId } }) => {
    const { analysis, plan, digest } = await planImport(schoolId, { kind, bytes: bytesOf(fileBase64) });
    return {
      format: analysis.format,
      encoding: analysis.encoding,
      delimiter: analysis.delimiter,
      fileIssues: analysis.fileIssues,
      ignored: analysis.ignored,
      rows: plan.rows,
      counts: plan.counts,
      digest,
    };
  });

export const commitImportAction = schoolAdminClient
  .metadata({ name: "roster.commitImport" })
  .inputSchema(ZFile.extend({ digest: z.string().regex(/^[0-9a-f]{64}$/) }))
  .action(async ({ parsedInput: { kind, fileBase64, fileName, digest }, ctx: { user, schoolId } }) => {
    const { analysis, plan, digest: now, effectiveDate } = await planImport(schoolId, { kind, bytes: bytesOf(fileBase64) });
    if (analysis.fileIssues.length) throw new ActionError("validation");
    // Someone changed the school (or the day turned) since the preview: it must be looked at again.
    if (now !== digest) throw new ActionError("conflict");
    let accounts: Awaited<ReturnType<typeof commitPlan>>;
    try {
      accounts = await commitPlan({ schoolId, actorId: user.id, kind, ops: plan.ops, effectiveDate, fileName });
    } catch (error) {
      // Another import created the same login a moment earlier.
      if ((error as { code?: string }).code === "P2002") throw new ActionError("conflict");
      throw error;
    }
    const classes = await classNames(schoolId, [...new Set(accounts.flatMap((a) => (a.classId ? [a.classId] : [])))]);
    revalidatePath("/school", "layout");
    return {
      counts: plan.counts,
      accounts: accounts.map((a) => {
        const cls = a.classId ? classes.get(a.classId) : undefined;
        return { ...a, className: cls ? className(cls) : null };
      }),
    };
  });
