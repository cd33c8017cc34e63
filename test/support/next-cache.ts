// Test stand-in for next/cache: revalidations are recorded so a test can assert them.
export const revalidated: string[] = [];

export function revalidatePath(path: string) {
  revalidated.push(path);
}

export function revalidateTag(tag: string) {
  revalidated.push(`tag:${tag}`);
}

export function unstable_cache<T extends (...args: never[]) => unknown>(fn: T): T {
  return fn;
}

export function updateTag(tag: string) {
  revalidated.push(`tag:${tag}`);
}

export function refresh() {}
