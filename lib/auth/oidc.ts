// Sign-in through the region's OpenID Connect provider (in production a broker such as Keycloak in
// front of ЕСИА), configured only by the environment. next-auth's OAuth support, on openid-client,
// discovers the endpoints and keys from the issuer's /.well-known/openid-configuration, sends
// PKCE, state and nonce, and verifies the ID token's signature, issuer, audience, expiry and nonce
// before Belem sees a claim (tested against a real provider: oidc.integration.test.ts).
// Only `iss` and `sub` identify the person; e-mail is never read (the provider may not verify it).
import type { OAuthConfig } from "next-auth/providers/oauth";

export const OIDC_PROVIDER_ID = "oidc";

export type TOidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  nameRu: string;
  nameTt: string;
  /** A claim the school also holds (e.g. "snils"), to link a person without a code. */
  matchClaim: string | null;
};

export type TOidcProfile = { iss: string; sub: string; [claim: string]: unknown };

/** The provider's settings, or null when the region has none (the login page then shows only passwords). */
export function oidcSettings(env: Record<string, string | undefined> = process.env): TOidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  // Unnamed, the sign-in pages call it by the bundles' provider.defaultName (Госуслуги).
  const nameRu = env.OIDC_NAME_RU?.trim() || "";
  return {
    issuer: issuer.replace(/\/+$/, ""),
    clientId,
    clientSecret,
    nameRu,
    nameTt: env.OIDC_NAME_TT?.trim() || nameRu,
    matchClaim: env.OIDC_MATCH_CLAIM?.trim() || null,
  };
}

export function oidcProvider(settings: TOidcSettings | null = oidcSettings()): OAuthConfig<TOidcProfile> | null {
  if (!settings) return null;
  return {
    id: OIDC_PROVIDER_ID,
    name: settings.nameRu || OIDC_PROVIDER_ID,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    authorization: { params: { scope: settings.matchClaim ? `openid ${settings.matchClaim}` : "openid" } },
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    // next-auth wants an id; the rest of the profile reaches the jwt callback as `profile`.
    profile: (profile) => ({ id: profile.sub }),
  };
}
