// Counting the SQL statements a request issues, from outside the app: a TCP proxy between the app
// and PostgreSQL that reads the client side of the wire protocol. Every Execute of the extended
// protocol and every simple Query is one statement; the text (from Parse) and the parameter values
// (from Bind) are kept, so the same statements can be replayed straight through `pg` as the
// request's SQL floor. Bytes pass through unchanged. Used only in the counting pass, never while
// timing (it adds a hop).
import net from "node:net";

export type TStatement = { text: string; params: (string | null)[] };
export type TSqlProxy = { port: number; take: () => TStatement[]; close: () => Promise<void> };

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/** Parses the frontend (client → server) messages of one connection, reporting each statement run. */
export function createFrontendParser(onStatement: (s: TStatement) => void) {
  let buffer: Buffer = Buffer.alloc(0);
  let isStarted = false;
  const prepared = new Map<string, string>();
  let bound: TStatement | null = null;

  const cstring = (b: Buffer, at: number): [string, number] => {
    const end = b.indexOf(0, at);
    return [b.toString("utf8", at, end), end + 1];
  };

  const message = (type: string, body: Buffer) => {
    if (type === "P") {
      const [name, at] = cstring(body, 0);
      const [text] = cstring(body, at);
      prepared.set(name, text);
    } else if (type === "B") {
      const [, afterPortal] = cstring(body, 0);
      const [statement, afterName] = cstring(body, afterPortal);
      let at = afterName;
      const formatCount = body.readInt16BE(at);
      const formats = Array.from({ length: formatCount }, (_, i) => body.readInt16BE(at + 2 + i * 2));
      at += 2 + formatCount * 2;
      const count = body.readInt16BE(at);
      at += 2;
      const params: (string | null)[] = [];
      for (let i = 0; i < count; i++) {
        const len = body.readInt32BE(at);
        at += 4;
        if (len < 0) params.push(null);
        else {
          const isBinary = (formats.length === 1 ? formats[0] : (formats[i] ?? 0)) === 1;
          params.push(isBinary ? `\\x${body.toString("hex", at, at + len)}` : body.toString("utf8", at, at + len));
          at += len;
        }
      }
      bound = { text: prepared.get(statement) ?? "", params };
    } else if (type === "E") {
      if (bound) onStatement(bound);
    } else if (type === "Q") {
      onStatement({ text: cstring(body, 0)[0], params: [] });
    }
  };

  return (chunk: Buffer) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      if (!isStarted) {
        if (buffer.length < 8) return;
        const len = buffer.readInt32BE(0);
        if (buffer.length < len) return;
        const code = buffer.readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSS_REQUEST) isStarted = true;
        buffer = buffer.subarray(len);
        continue;
      }
      if (buffer.length < 5) return;
      const len = buffer.readInt32BE(1);
      if (buffer.length < len + 1) return;
      message(String.fromCharCode(buffer[0]), buffer.subarray(5, len + 1));
      buffer = buffer.subarray(len + 1);
    }
  };
}

/** Starts the proxy on a free port in front of PostgreSQL at `target`. */
export function startSqlProxy(target: { host: string; port: number }): Promise<TSqlProxy> {
  let captured: TStatement[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const parse = createFrontendParser((s) => captured.push(s));
    client.on("data", (chunk) => {
      parse(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({
        port,
        take: () => {
          const out = captured;
          captured = [];
          return out;
        },
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
