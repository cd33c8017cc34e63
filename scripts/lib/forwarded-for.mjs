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
