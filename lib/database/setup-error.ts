// A machine that cannot run Belem as asked: the scripts print the message alone (one sentence that
// says why and what to do) and exit non-zero, without a stack trace (scripts/lib/process.ts).
export class SetupError extends Error {
  override name = "SetupError";
}
