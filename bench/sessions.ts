// Real sessions of many different people: each signs in through next-auth's credentials endpoint
// as the login form does (GET /api/auth/csrf, then POST /api/auth/callback/credentials with the
// csrf cookie and the Origin a browser sends) and keeps the session cookie the app sets.

export type TCsrf = { token: string; cookie: string };
export type TSession = { login: string; cookie: string };

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function getCsrf(baseUrl: string): Promise<TCsrf> {
  const res = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = cookiesOf(res).find((c) => c.includes("csrf-token"));
  if (!csrfToken || !cookie) throw new Error("next-auth gave no csrf token");
  return { token: csrfToken, cookie };
}

/** The form body of a credentials sign-in. */
export function loginBody(csrf: TCsrf, login: string, password: string): string {
  return new URLSearchParams({ csrfToken: csrf.token, login, password, json: "true", callbackUrl: "/" }).toString();
}

/** Whether a response to the credentials callback is a successful sign-in (a session cookie, no error). */
export function isSignedIn(status: number, headers: Record<string, string | string[] | undefined>): boolean {
  const setCookie = headers["set-cookie"];
  const cookies = Array.isArray(setCookie) ? setCookie.join("\n") : (setCookie ?? "");
  const location = String(headers.location ?? "");
  return (status === 200 || status === 302) && cookies.includes("session-token=") && !location.includes("error=");
}

export async function signIn(baseUrl: string, csrf: TCsrf, login: string, password: string): Promise<TSession> {
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie, origin: baseUrl },
    body: loginBody(csrf, login, password),
  });
  const session = cookiesOf(res).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in of ${login} failed (HTTP ${res.status})`);
  return { login, cookie: session };
}

/** Signs many people in, a few at a time (each sign-in is an Argon2 verification on the server). */
export async function signInAll(baseUrl: string, logins: readonly string[], password: string, concurrency = 4): Promise<Map<string, TSession>> {
  const csrf = await getCsrf(baseUrl);
  const out = new Map<string, TSession>();
  const queue = [...logins];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let login = queue.shift(); login; login = queue.shift()) out.set(login, await signIn(baseUrl, csrf, login, password));
    }),
  );
  return out;
}
