// @ts-check
// The service worker, built once after `next build` (`serwist build`, Serwist's configurator mode):
// lib/offline/service-worker.ts bundled by esbuild with the list of files to precache, written into
// the standalone output's public/ folder, so the production server serves it as a plain static
// file at /sw.js. Nothing about it is built while the server runs (decision 020).
import { join } from "node:path";
import { serwist } from "@serwist/next/config";

export default await serwist.withNextConfig((nextConfig) => ({
  swSrc: "lib/offline/service-worker.ts",
  // Beside the build it belongs to (its precache list names that build's hashed files), never in
  // the source tree's public/: several build folders (NEXT_DIST_DIR) each get their own.
  swDest: join(nextConfig.distDir, "standalone", "public", "sw.js"),
  // No page is precached: pages are per person, and only a diary week is kept, by the worker itself.
  precachePrerendered: false,
  globIgnores: [`${nextConfig.distDir.replace(/^\/|\/$/g, "")}/standalone/**/*`],
}));
