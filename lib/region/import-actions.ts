"use server";
// Import of a region's schools (CSV or .xlsx): preview (nothing written: every row as new /
// changed / unchanged / error) and commit (the same plan, recomputed and compared, written in one
// transaction). The file travels as base64; the one-time passwords of the new schools'
// administrators are returned once and stored only as hashes.
import { revalidatePath } from "next/cache";
import { regionAdminClient } from "@/lib/action-client";
import { ActionError } from "@/lib/errors";
import { z } from "@/lib/validation";
import { commitSchools } from "./import-commit";
import { planSchoolsImport } from "./import-context";

const MAX_FILE_BYTES = 2_000_000;

const ZSchoolsFile = z.object({
  fileName: z.string().trim().max(200).default(""),
  fileBase64: z
    .string()
    .min(1)
    .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4, "admin:validation.fileTooBig"),
});

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

export const previewSchoolsImportAction = regionAdminClient
  .metadata({ name: "region.previewSchoolsImport" })
  .inputSchema(ZSchoolsFile)
  .action(async ({ parsedInput: { fileBase64 }, ctx: { regionId } }) => {
    const { encoding, fileIssues, ignored, plan, digest } = await planSchoolsImport(regionId, bytesOf(fileBase64));
    return { encoding, fileIssues, ignored, rows: plan.rows, counts: plan.counts, digest };
  });

export const commitSchoolsImportAction = regionAdminClient
  .metadata({ name: "region.commitSchoolsImport" })
  .inputSchema(ZSchoolsFile.extend({ digest: z.string().regex(/^[0-9a-f]{64}$/) }))
  .action(async ({ parsedInput: { fileBase64, fileName, digest }, ctx: { user, regionId } }) => {
    const { fileIssues, plan, digest: now } = await planSchoolsImport(regionId, bytesOf(fileBase64));
    if (fileIssues.length) throw new ActionError("validation");
    // Someone changed the region's schools since the preview: it must be looked at again.
    if (now !== digest) throw new ActionError("conflict");
    let accounts: Awaited<ReturnType<typeof commitSchools>>;
    try {
      accounts = await commitSchools({ regionId, actorId: user.id, ops: plan.ops, fileName });
    } catch (error) {
      // Another import created the same school or login a moment earlier.
      if ((error as { code?: string }).code === "P2002") throw new ActionError("conflict");
      throw error;
    }
    revalidatePath("/region", "layout");
    return { counts: plan.counts, accounts };
  });
