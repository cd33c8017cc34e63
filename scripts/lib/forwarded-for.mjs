// The one thing Belem's server does before Next sees a request: append the socket's address to
// X-Forwarded-For, as every reverse proxy does. Next itself only fills the header in when it is
// absent, and neither route handlers nor proxy.ts can read the socket, so without this a client
// could name any address for the sign-in throttle. lib/security/forwarded.ts reads the list back
// with TRUSTED_PROXIES. Plain JavaScript: it runs before anything is compiled.

/** @param {import("node:http").IncomingMessage} req */
export function appendPeerAddress(req) {
  const peer = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "") || "local";
  const prior = req.headers["x-forwarded-for"];
  const before = Array.isArray(prior) ? prior.join(", ") : prior;
  req.headers["x-forwarded-for"] = before ? `${before}, ${peer}` : peer;
}

// Methods the Fetch standard forbids: Next cannot even build a Request for them and answers 500
// before proxy.ts runs, so the server refuses them itself. The headers are proxy.ts's for a
// refusal over plain http (lib/security/headers.ts; forwarded-for.test.ts keeps them equal).
const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
export const REFUSAL_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
};

/**
 * Answers 405 to a method Next cannot handle; true when it did.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
export function refuseForbiddenMethod(req, res) {
  if (!FORBIDDEN_METHODS.has((req.method ?? "").toUpperCase())) return false;
  res.writeHead(405, { ...REFUSAL_HEADERS, Allow: "GET, HEAD, POST", "Content-Length": "0" });
  res.end();
  return true;
}
