// next-auth 4: credentials sign-in, JWT sessions. The token carries only the user id, the
// session version, the id of the server-side session row and when the person signed in;
// everything else is read fresh per request by getCurrentUser(), so deactivation, password
// changes and signing out take effect at once.
import "server-only";
import { headers } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInWithChildCode } from "@/lib/identity/child-code";
import { tokenForIdentity } from "@/lib/identity/identities";
import { isPasswordSignInAllowed } from "@/lib/identity/password-sign-in";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/security/forwarded";
import { checkCredentials, saveChosenLanguage } from "./login";
import { OIDC_PROVIDER_ID, oidcProvider, oidcSettings, type TOidcProfile } from "./oidc";
import { createServerSession, revokeServerSession } from "./server-sessions";
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
    // A child on their own device, with the one-time code a signed-in parent shows (lib/identity/child-code.ts).
    CredentialsProvider({
      id: "child-code",
      name: "child-code",
      credentials: { code: { type: "text" } },
      async authorize(credentials, req) {
        const code = String(credentials?.code ?? "");
        if (!code) throw new Error("invalid");
        const result = await signInWithChildCode(code, clientIp(req?.headers as Record<string, unknown>));
        if (!result.ok) throw new Error(result.error === "rate_limited" ? `rate_limited:${result.retryAfterSeconds ?? 60}` : "invalid");
        return { id: String(result.userId), sessionVersion: result.sessionVersion };
      },
    }),
    // The region's OpenID provider, when the environment names one (lib/auth/oidc.ts).
    ...[oidcProvider()].filter((p) => p !== null),
  ],
  callbacks: {
    async signIn({ user, account }) {
      // Staff of a school where password sign-in is off must come through the provider.
      if (account?.provider === "credentials" && !(await isPasswordSignInAllowed(Number(user.id)))) throw new Error("password_off");
      return true;
    },
    async jwt({ token, user, account, profile }) {
      // The provider's verified identity: the linked person, or a pending identity with no person.
      if (account?.provider === OIDC_PROVIDER_ID && profile) {
        const identity = await tokenForIdentity(profile as TOidcProfile, oidcSettings()?.matchClaim ?? null);
        // A linked person gets a server-side session like any other sign-in; a pending identity none.
        if (identity.sub) identity.sid = await createServerSession(Number(identity.sub), await userAgent());
        return identity;
      }
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.loginAt = Math.floor(Date.now() / 1000);
        // Every sign-in, whatever the provider, opens a server-side session the token names.
        token.sid = await createServerSession(Number(user.id), await userAgent());
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
  events: {
    // Signing out ends the session on the server too: a copy of the cookie kept from before is refused.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeServerSession(token.sid);
    },
  },
};

async function userAgent(): Promise<string | null> {
  try {
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}
