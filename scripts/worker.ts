// `npm run worker`: the notification worker on its own, beside (or instead of) the one in the app
// process (set BELEM_WORKER=off for the app then). Uses DATABASE_URL, or the embedded PostgreSQL
// under .data/ as npm start does; SIGTERM/SIGINT finish the round in progress and stop.
import "dotenv/config";
import { openDatabase } from "../lib/database/connection";
import { localSecret } from "./lib/secret";
import { localVapid } from "./lib/vapid";

const database = await openDatabase();
Object.assign(process.env, { DATABASE_URL: database.url, NEXTAUTH_SECRET: localSecret(), ...localVapid() });
// After the environment is set: lib/db reads it at first use.
const { startWorker } = await import("../lib/notifications/worker");
const worker = startWorker();
console.log("[belem] notification worker started");

const stop = async () => {
  await worker.stop();
  await database.stop();
  process.exit(0);
};
process.once("SIGTERM", () => void stop());
process.once("SIGINT", () => void stop());
