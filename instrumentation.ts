// Next's start-up hook: the notification worker runs in the app process (Node runtime only), so a
// single `npm start` delivers notifications. BELEM_WORKER=off leaves it to `npm run worker`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.BELEM_WORKER === "off") return;
  const { startWorker } = await import("./lib/notifications/worker");
  startWorker();
}
