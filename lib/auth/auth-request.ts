// Requests to next-auth's endpoints that next-auth itself answers with a 500: a callback URL that is
// neither a path of ours nor an http(s) address (`javascript:alert(1)`, in the query or in its
// cookie) fails its configuration check, and the credentials callback has no GET. They are the
// client's mistake, so app/api/auth/[...nextauth]/route.ts answers 400 and 405 before next-auth
// runs. Pure.
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** next-auth's own rule (core/lib/assert.ts): a path, or an absolute http(s) URL. */
export function isUsableCallbackUrl(value: string): boolean {
  if (value.startsWith("/")) return !value.startsWith("//");
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

function cookieValues(header: string | null, names: readonly string[]): string[] {
  if (!header) return [];
  return header
    .split(";")
    .map((part) => part.trim().split("="))
    .filter(([name]) => names.includes(name))
    .map(([, ...rest]) => {
      try {
        return decodeURIComponent(rest.join("="));
      } catch {
        return rest.join("=");
      }
    });
}

/** The status to answer with instead of running next-auth, or null to let it run. */
export function authRequestProblem(method: string, url: URL, cookieHeader: string | null): { status: 400 | 405; allow?: string } | null {
  if (method === "GET" && url.pathname.endsWith("/callback/credentials")) return { status: 405, allow: "POST" };
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl !== null && !isUsableCallbackUrl(callbackUrl)) return { status: 400 };
  if (cookieValues(cookieHeader, CALLBACK_COOKIES).some((v) => !isUsableCallbackUrl(v))) return { status: 400 };
  return null;
}
