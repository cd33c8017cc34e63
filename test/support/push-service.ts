// A Web Push service for tests, speaking the real protocol as a browser vendor's would: HTTPS with
// a self-signed certificate made for the test (trusted only by the https.Agent handed to web-push,
// or NODE_EXTRA_CA_CERTS of a child process), the VAPID JWT checked (ES256 signature with the key in
// `k`, audience = this origin, not expired), and the aes128gcm body decrypted with the "browser's"
// keys, so a test reads the very notification text a phone would show.
import { execFileSync } from "node:child_process";
import { createECDH, createPublicKey, type ECDH, randomBytes, verify } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { Agent, createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ece from "http_ece";

export type TReceivedPush = { device: string; topic: string | null; ttl: string | null; payload: { title: string; body: string; tag: string; url: string } };
export type TDevice = { id: string; endpoint: string; keys: { p256dh: string; auth: string }; ecdh: ECDH };

export type TPushService = {
  origin: string;
  certFile: string;
  agent: Agent;
  received: TReceivedPush[];
  /** Problems the service found with a request (a bad JWT, an undecryptable body): must stay empty. */
  rejected: string[];
  device: () => TDevice;
  /** How the service answers for a device: 201, 404/410 (gone), 429/500 (retry), or "hold" (never answers). */
  answer: (device: TDevice, status: number | "hold") => void;
  /** Requests held open, waiting for an answer. */
  held: () => number;
  close: () => Promise<void>;
};

const b64u = (b: Buffer) => b.toString("base64url");

function selfSignedCert(dir: string) {
  const key = join(dir, "key.pem");
  const cert = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "ignore" },
  );
  return { key: readFileSync(key), cert: readFileSync(cert), certFile: cert };
}

function checkVapid(header: string | undefined, origin: string): string | null {
  const m = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? "");
  if (!m) return "no vapid authorization";
  const [head, body, sig] = m[1].split(".");
  const claims = JSON.parse(Buffer.from(body, "base64url").toString());
  if (JSON.parse(Buffer.from(head, "base64url").toString()).alg !== "ES256") return "not ES256";
  if (claims.aud !== origin) return `aud ${claims.aud} is not ${origin}`;
  if (!(claims.exp > Date.now() / 1000)) return "expired";
  if (!/^(mailto:|https:)/.test(claims.sub ?? "")) return "no subject";
  const point = Buffer.from(m[2], "base64url");
  const key = createPublicKey({ key: { kty: "EC", crv: "P-256", x: b64u(point.subarray(1, 33)), y: b64u(point.subarray(33, 65)) }, format: "jwk" });
  const ok = verify("sha256", Buffer.from(`${head}.${body}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(sig, "base64url"));
  return ok ? null : "bad signature";
}

export async function startPushService(): Promise<TPushService> {
  const dir = mkdtempSync(join(tmpdir(), "belem-push-"));
  const { key, cert, certFile } = selfSignedCert(dir);
  const devices = new Map<string, { device: TDevice; status: number | "hold" }>();
  const received: TReceivedPush[] = [];
  const rejected: string[] = [];
  const holding = new Set<import("node:http").ServerResponse>();
  let origin = "";

  const server: Server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const id = req.url?.replace(/^\/push\//, "") ?? "";
      const entry = devices.get(id);
      if (!entry || req.method !== "POST") return void res.writeHead(404).end();
      if (entry.status === "hold") {
        holding.add(res);
        res.on("close", () => holding.delete(res));
        return;
      }
      if (entry.status !== 201) return void res.writeHead(entry.status).end();
      const problem = checkVapid(req.headers.authorization, origin);
      if (problem) {
        rejected.push(problem);
        return void res.writeHead(403).end();
      }
      if (req.headers["content-encoding"] !== "aes128gcm") {
        rejected.push(`content-encoding ${req.headers["content-encoding"]}`);
        return void res.writeHead(400).end();
      }
      try {
        const text = ece
          .decrypt(Buffer.concat(chunks), { version: "aes128gcm", privateKey: entry.device.ecdh, authSecret: entry.device.keys.auth })
          .toString("utf8");
        received.push({ device: id, topic: (req.headers.topic as string) ?? null, ttl: (req.headers.ttl as string) ?? null, payload: JSON.parse(text) });
        res.writeHead(201).end();
      } catch (error) {
        rejected.push(`decrypt: ${(error as Error).message}`);
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writeFileSync(join(dir, "origin"), origin);

  return {
    origin,
    certFile,
    // Keep-alive, as Node's global agent (what web-push uses in production) is.
    agent: new Agent({ ca: cert, keepAlive: true }),
    received,
    rejected,
    device: () => {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const id = randomBytes(8).toString("hex");
      const device = { id, endpoint: `${origin}/push/${id}`, keys: { p256dh: b64u(ecdh.getPublicKey()), auth: b64u(randomBytes(16)) }, ecdh };
      devices.set(id, { device, status: 201 });
      return device;
    },
    answer: (device, status) => {
      const entry = devices.get(device.id);
      if (entry) entry.status = status;
    },
    held: () => holding.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of holding) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
