import { describe, expect, it } from "vitest";
import { authRequestProblem, isUsableCallbackUrl } from "./auth-request";

const at = (path: string) => new URL(`http://localhost:3000${path}`);

describe("requests to next-auth's endpoints", () => {
  it("let ordinary sign-in, sign-out and session requests through", () => {
    expect(authRequestProblem("GET", at("/api/auth/csrf"), null)).toBeNull();
    expect(authRequestProblem("POST", at("/api/auth/callback/credentials"), "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000")).toBeNull();
    expect(authRequestProblem("GET", at("/api/auth/signin?callbackUrl=%2Fjournal%2F5"), null)).toBeNull();
  });

  it("refuse a GET of the credentials callback with 405", () => {
    expect(authRequestProblem("GET", at("/api/auth/callback/credentials"), null)).toEqual({ status: 405, allow: "POST" });
  });

  it("refuse a javascript: or other unusable callback URL, in the query or the cookie, with 400", () => {
    expect(authRequestProblem("GET", at("/api/auth/signin?callbackUrl=javascript:alert(1)"), null)).toEqual({ status: 400 });
    expect(authRequestProblem("POST", at("/api/auth/signout"), "a=b; next-auth.callback-url=javascript%3Aalert(1)")).toEqual({ status: 400 });
    expect(isUsableCallbackUrl("//evil.example")).toBe(false);
    expect(isUsableCallbackUrl("data:text/html,x")).toBe(false);
    expect(isUsableCallbackUrl("https://belem.example/diary")).toBe(true);
  });
});
