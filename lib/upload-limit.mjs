// The one upload setting, UPLOAD_MAX_MB (default 10): how many megabytes of files one save may
// carry. Plain JavaScript because next.config.js reads it too: Next's own limit on a server
// action's body is derived from it, one megabyte above, so a request within the setting always
// reaches the app's check (which answers "at most N MB" in the form) and only a larger one is
// refused earlier (by proxy.ts, with 413).
const DEFAULT_MB = 10;

/** @param {Record<string, string | undefined>} env */
export function uploadMaxMb(env) {
  const n = Number(env.UPLOAD_MAX_MB ?? DEFAULT_MB);
  return Number.isInteger(n) && n >= 1 && n <= 200 ? n : DEFAULT_MB;
}

/** Bytes a server action's body may have: the files plus a megabyte for the form's other fields and multipart framing. */
export function actionBodyLimitBytes(mb) {
  return (mb + 1) * 1024 * 1024;
}
