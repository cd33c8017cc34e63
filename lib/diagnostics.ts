// Routes that exist for the benchmark and the end-to-end tests only (the benchmark's framework
// floor, a page that fails on purpose): a production server answers them 404 unless whoever
// started it set BELEM_DIAGNOSTIC_ROUTES=1, as bench/ and scripts/test.ts do.
export function areDiagnosticRoutesEnabled(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.BELEM_DIAGNOSTIC_ROUTES === "1";
}
