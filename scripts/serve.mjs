// Belem's HTTP server, in place of `next start` / `next dev`: Next's own server behind two steps
// (./lib/forwarded-for.mjs): TRACE and the other methods Next cannot handle get 405, and the
// socket's address is appended to X-Forwarded-For. Next does not expose the socket's address to
// route handlers or proxy.ts, and only fills X-Forwarded-For in when a client sent none, so this is
// the one place the address that really connected can be recorded.
// Usage: node scripts/serve.mjs --standalone <.next/standalone/server.js> [--port N] [--hostname H]
//        node scripts/serve.mjs --dev [--port N]                       (PORT is the default port)
// In production it runs the standalone server of the build (output: "standalone", as the
// Dockerfile does) with every HTTP server of the process wrapped by those two steps.
import { createServer, Server } from "node:http";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { appendPeerAddress, refuseForbiddenMethod } from "./lib/forwarded-for.mjs";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    standalone: { type: "string" },
    port: { type: "string", default: process.env.PORT ?? "3000" },
    hostname: { type: "string" },
  },
});

if (values.standalone) {
  // The standalone server.js makes its own http.Server; the two steps go in front of its
  // "request" and "upgrade" events.
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (event, ...args) {
    if (event === "request") {
      if (refuseForbiddenMethod(args[0], args[1])) return true;
      appendPeerAddress(args[0]);
    } else if (event === "upgrade") {
      appendPeerAddress(args[0]);
    }
    return emit.call(this, event, ...args);
  };
  process.env.NODE_ENV = "production";
  process.env.PORT = values.port;
  if (values.hostname) process.env.HOSTNAME = values.hostname;
  await import(pathToFileURL(resolve(values.standalone)).href);
} else {
  process.env.NODE_ENV = values.dev ? "development" : "production";
  const { default: next } = await import("next");

  const port = Number(values.port);
  const app = next({ dev: values.dev, dir: process.cwd(), port, hostname: values.hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    if (refuseForbiddenMethod(req, res)) return;
    appendPeerAddress(req);
    void handle(req, res);
  });
  const upgrade = app.getUpgradeHandler?.();
  if (upgrade) {
    server.on("upgrade", (req, socket, head) => {
      appendPeerAddress(req);
      void upgrade(req, socket, head);
    });
  }
  server.listen(port, values.hostname, () => console.log(`[belem] ready on port ${port}`));
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      server.close();
      void app.close?.().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 3000).unref();
    });
  }
}
