// Test stand-in for next/headers (aliased in vitest.config.ts): the same surface the app uses,
// backed by the test's request context.
import { currentRequest } from "./request-context";

export async function cookies() {
  const { cookies: jar } = currentRequest();
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) as string } : undefined),
    getAll: () => [...jar.entries()].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => {
      jar.set(name, value);
    },
    delete: (name: string) => {
      jar.delete(name);
    },
  };
}

export async function headers() {
  return currentRequest().headers;
}
