// A real OpenID provider for the tests: `oidc-provider` (the certified Node implementation) on
// 127.0.0.1, with its own development login page (any login is accepted and becomes the `sub`).
// A login may carry claims: "sub|snils|family name|given name".
// For the negative protocol tests the token endpoint's answer can be tampered with: an ID token
// for another audience, an expired one, one signed by another key (the first two are signed with
// the provider's own key, so only the claim is wrong).
import { createSign, generateKeyPairSync, type KeyObject, randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

export type TTamper = "audience" | "expired" | "otherKey" | "nonce" | null;

export type TTestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the token endpoint does to the next ID tokens it hands out. */
  tamper: (mode: TTamper) => void;
  close: () => Promise<void>;
};

function b64url(value: unknown) {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject) {
  const input = `${b64url(header)}.${b64url(payload)}`;
  return `${input}.${createSign("RSA-SHA256").update(input).sign(key).toString("base64url")}`;
}

function claimsOf(login: string) {
  const [sub, snils, familyName, givenName] = login.split("|");
  return {
    sub,
    ...(snils ? { snils } : {}),
    ...(familyName ? { family_name: familyName } : {}),
    ...(givenName ? { given_name: givenName } : {}),
  };
}

export async function startTestOidcProvider(opts: {
  port?: number;
  redirectUris: string[];
  clientId?: string;
  clientSecret?: string;
}): Promise<TTestOidcProvider> {
  const clientId = opts.clientId ?? "belem";
  const clientSecret = opts.clientSecret ?? "belem-test-client-secret";
  const kid = "test-key";
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const otherKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const jwk = { ...privateKey.export({ format: "jwk" }), kid, use: "sig", alg: "RS256" };

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: opts.redirectUris, grant_types: ["authorization_code"], response_types: ["code"] },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomUUID()] },
    pkce: { required: () => true },
    claims: { openid: ["sub"], snils: ["snils"], profile: ["family_name", "given_name"] },
    // Claims of the scopes asked for go into the ID token, as a Keycloak mapper puts them.
    conformIdTokenClaims: false,
    findAccount: async (_ctx, id) => ({ accountId: id, claims: async () => claimsOf(id) }),
    // Belem is the region's own client: no consent page (Keycloak: "Consent required" off).
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const client = ctx.oidc.client;
      const session = ctx.oidc.session;
      if (!client || !session?.accountId) return undefined;
      const known = session.grantIdFor(client.clientId);
      if (known) return ctx.oidc.provider.Grant.find(known);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid snils profile");
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
  });

  let mode: TTamper = null;
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (!mode || ctx.path !== "/token" || ctx.method !== "POST" || !body?.id_token) return;
    const payload = JSON.parse(Buffer.from(body.id_token.split(".")[1], "base64url").toString()) as Record<string, unknown>;
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: "RS256", typ: "JWT", kid };
    if (mode === "audience") body.id_token = signJwt(header, { ...payload, aud: "another-client", azp: "another-client" }, privateKey);
    if (mode === "expired") body.id_token = signJwt(header, { ...payload, iat: now - 7200, exp: now - 3600 }, privateKey);
    if (mode === "nonce") body.id_token = signJwt(header, { ...payload, nonce: "not-the-one-sent" }, privateKey);
    if (mode === "otherKey") body.id_token = signJwt(header, payload, otherKey);
  });

  server.on("request", provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    tamper: (next) => {
      mode = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
