// next-auth 4: credentials sign-in, JWT sessions. The token carries only the user id, the
// session version and when the person signed in; everything else is read fresh per request by
// getCurrentUser(), so deactivation and password changes take effect at once.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { checkCredentials } from "./login";

export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;

function clientIp(headers: Record<string, unknown> | undefined): string {
  const fwd = headers?.["x-forwarded-for"];
  const first = typeof fwd === "string" ? fwd.split(",")[0].trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "local";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 15 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { login: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const login = String(credentials?.login ?? "");
        const password = String(credentials?.password ?? "");
        if (!login || !password) throw new Error("invalid");
        const result = await checkCredentials(login, password, clientIp(req?.headers as Record<string, unknown>));
        if (!result.ok) throw new Error(result.error === "rate_limited" ? `rate_limited:${result.retryAfterSeconds ?? 60}` : "invalid");
        return { id: String(result.userId), sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.loginAt = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
