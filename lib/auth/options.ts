// next-auth 4: credentials sign-in, JWT sessions. The token carries only the user id, the
// session version and when the person signed in; everything else is read fresh per request by
// getCurrentUser(), so deactivation and password changes take effect at once.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { log } from "@/lib/log";
import { clientIp } from "./client-ip";
import { checkCredentials, saveChosenLanguage } from "./login";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_UPDATE_SECONDS } from "./session-lifetime";

export { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS };

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_UPDATE_SECONDS },
  pages: { signIn: "/login" },
  // next-auth's own logger prints error objects with their metadata; Belem's log keeps the code.
  logger: {
    error: (code) => log.error("auth", { code }),
    warn: (code) => log.warn("auth", { code }),
    debug: () => {},
  },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { login: { type: "text" }, password: { type: "password" }, language: { type: "text" } },
      async authorize(credentials, req) {
        const login = String(credentials?.login ?? "");
        const password = String(credentials?.password ?? "");
        if (!login || !password) throw new Error("invalid");
        const result = await checkCredentials(login, password, clientIp(req?.headers as Record<string, unknown>));
        if (!result.ok) throw new Error(result.error === "rate_limited" ? `rate_limited:${result.retryAfterSeconds ?? 60}` : "invalid");
        await saveChosenLanguage(result.userId, credentials?.language);
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
