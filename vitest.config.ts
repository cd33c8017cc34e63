import { resolve } from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": resolve(import.meta.dirname),
  // Outside Next's server these come from test/support: a request's cookies and headers that a
  // test sets (a real next-auth JWT of a real user), and revalidation that is recorded.
  "server-only": resolve(import.meta.dirname, "test/support/empty.ts"),
  "next/headers": resolve(import.meta.dirname, "test/support/next-headers.ts"),
  "next/cache": resolve(import.meta.dirname, "test/support/next-cache.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "seed/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts", "locales/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: [
            "lib/**/*.integration.test.ts",
            "test/**/*.integration.test.ts",
            "seed/**/*.integration.test.ts",
            "scripts/**/*.integration.test.ts",
            "bench/**/*.integration.test.ts",
          ],
          setupFiles: ["test/support/integration-setup.ts"],
          globalSetup: ["test/support/integration-global.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
          maxWorkers: 2,
        },
      },
    ],
  },
});
