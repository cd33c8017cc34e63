// The standalone server of a production build (next.config.js `output: "standalone"`): Next
// leaves the static files and public/ to the deployer, so they are copied beside server.js here,
// as the Dockerfile does. `next start` is not meant for a standalone build.
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Copies .next/static and public/ into the standalone folder; returns the path of server.js. */
export function prepareStandalone(distDir = process.env.NEXT_DIST_DIR ?? ".next"): string {
  const root = join(distDir, "standalone");
  const server = join(root, "server.js");
  if (!existsSync(server)) throw new Error(`${server} is missing: run \`next build\` (next.config.js has output: "standalone").`);
  const staticDir = join(root, distDir, "static");
  rmSync(staticDir, { recursive: true, force: true });
  cpSync(join(distDir, "static"), staticDir, { recursive: true });
  if (existsSync("public")) cpSync("public", join(root, "public"), { recursive: true });
  return server;
}
