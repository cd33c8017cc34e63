// Offline Prisma migrations via @prisma/schema-engine-wasm + @prisma/adapter-pg (no schema-engine binary).
// Usage: node scripts/prisma-wasm.mjs <diff-empty|diff-db|dev NAME|create-only NAME|deploy|status|push|reset>
import "dotenv/config";
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

const SCHEMA = resolve(process.env.PRISMA_SCHEMA_PATH ?? "prisma/schema.prisma");
const MIGRATIONS = resolve(process.env.PRISMA_MIGRATIONS_PATH ?? "prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };

// Load the wasm by hand (the package's `import x from "*.wasm"` needs --experimental-wasm-modules on Node 20).
globalThis.PRISMA_WASM_PANIC_REGISTRY = { message: "", get() { return this.message; }, set_message(m) { this.message = m; console.error("schema engine panic:", m); } };
const bgPath = fileURLToPath(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
const wasmMod = new WebAssembly.Module(readFileSync(join(dirname(bgPath), "schema_engine_bg.wasm")));
const inst = new WebAssembly.Instance(wasmMod, { "./schema_engine_bg.js": bg });
bg.__wbg_set_wasm(inst.exports);
inst.exports.__wbindgen_start();

const debug = process.env.DEBUG_SE ? (m) => console.error("[se]", m) : () => {};
function pgConfig(urlStr) {
  // Discrete fields, not connectionString: PrismaPg.connectToShadowDb() spreads {...config, database},
  // and pg lets a connectionString's database override an explicit `database`.
  const u = new URL(urlStr);
  return {
    host: u.hostname, port: Number(u.port || 5432), user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password), database: u.pathname.slice(1) || "postgres",
  };
}

function migrationsList() {
  const dirs = existsSync(MIGRATIONS)
    ? readdirSync(MIGRATIONS).filter((d) => statSync(join(MIGRATIONS, d)).isDirectory()).sort()
    : [];
  const lock = join(MIGRATIONS, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS,
    lockfile: { path: "migration_lock.toml", content: existsSync(lock) ? readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((d) => {
      const f = join(MIGRATIONS, d, "migration.sql");
      return {
        path: d,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(f) ? { tag: "ok", value: readFileSync(f, "utf8") } : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

const schemaFiles = () => ({ files: [{ path: SCHEMA, content: readFileSync(SCHEMA, "utf8") }] });

const url = process.env.DATABASE_URL;
// Two fixes over plain PrismaPg (7.10.1):
//  - executeScript() splits on ";" (breaks $$ bodies / ';' literals): send the whole script in one simple query;
//  - connectToShadowDb() drops the shadow DB before closing its pool ("being accessed by other users").
//  - queryRaw() rejects pg's internal "char" type (OID 18) that the engine's catalog queries return: report it as Character.
function wholeScript(adapter) {
  const io = adapter.performIO.bind(adapter);
  adapter.performIO = async (q) => {
    const r = await io(q);
    const charCols = [];
    r.fields.forEach((f, i) => { if (f.dataTypeID === 18) { f.dataTypeID = 25; charCols.push(i); } });
    Object.defineProperty(r.rows, "charCols", { value: charCols });
    return r;
  };
  const qr = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (q) => {
    const res = await qr(q);
    for (const i of res.rows.charCols ?? []) res.columnTypes[i] = ColumnTypeEnum.Character;
    return res;
  };
  adapter.executeScript = async (script) => {
    try { await adapter.underlyingDriver().query(script); } catch (e) { adapter.onError(e); }
  };
  return adapter;
}
async function admin(cfg, sql) {
  const c = new pg.Client(cfg); await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}
const pendingDrops = new Set(); // the engine may not await the shadow DB's dispose before we exit
class OfflinePgFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";
  constructor(cfg) { this.cfg = cfg; }
  async connect() { return wholeScript(await new PrismaPg(this.cfg).connect()); }
  async connectToShadowDb() {
    const db = "prisma_migrate_shadow_db_" + randomUUID().replaceAll("-", "");
    await admin(this.cfg, `CREATE DATABASE "${db}"`);
    debug("shadow create " + db);
    const a = wholeScript(await new PrismaPg({ ...this.cfg, database: db }).connect());
    const dispose = a.dispose.bind(a);
    a.dispose = () => {
      debug("shadow dispose " + db);
      const p = dispose().then(() => admin(this.cfg, `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`));
      pendingDrops.add(p);
      return p;
    };
    return a;
  }
}
const factory = bindMigrationAwareSqlAdapterFactory(new OfflinePgFactory(pgConfig(url)));
const engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA, readFileSync(SCHEMA, "utf8")]] }, debug, factory);

const [cmd, arg] = process.argv.slice(2);
const ts = () => new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
let exit = 0;
try {
  switch (cmd) {
    case "diff-empty": {
      const r = await engine.diff({ from: { tag: "empty" }, to: { tag: "schemaDatamodel", ...schemaFiles() }, script: true, exitCode: null, filters });
      process.stdout.write(r.stdout ?? "");
      break;
    }
    case "diff-db": {
      // Belem addition: SQL that would take the live database (DATABASE_URL) to schema.prisma;
      // empty when they agree. Used by the schema-vs-migrations test.
      const r = await engine.diff({ from: { tag: "schemaDatasource", configDir: process.cwd(), files: schemaFiles().files }, to: { tag: "schemaDatamodel", ...schemaFiles() }, script: true, exitCode: null, filters });
      process.stdout.write(r.stdout ?? "");
      break;
    }
    case "dev":
    case "create-only": {
      const name = (arg ?? "migration").replace(/[^A-Za-z0-9_]/g, "_");
      const hist = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: true, filters });
      const dev = await engine.devDiagnostic({ migrationsList: migrationsList(), filters });
      if (dev.action.tag === "reset") throw new Error("Drift detected, reset needed: " + dev.action.reason);
      if (cmd === "dev") {
        const applied = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
        if (applied.appliedMigrationNames.length) console.log("applied:", applied.appliedMigrationNames);
      }
      const out = await engine.createMigration({ draft: cmd === "create-only", migrationName: name, migrationsList: migrationsList(), schema: schemaFiles(), filters });
      if (out.migrationScript == null) { console.log("No schema changes."); break; }
      const dir = join(MIGRATIONS, out.generatedMigrationName);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "migration." + out.extension), out.migrationScript);
      const lock = join(MIGRATIONS, "migration_lock.toml");
      if (!existsSync(lock)) writeFileSync(lock, `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`);
      console.log("created", out.generatedMigrationName);
      if (cmd === "dev") console.log("applied:", (await engine.applyMigrations({ migrationsList: migrationsList(), filters })).appliedMigrationNames);
      break;
    }
    case "deploy": {
      const r = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
      console.log(r.appliedMigrationNames.length ? "applied: " + r.appliedMigrationNames.join(", ") : "No pending migrations.");
      break;
    }
    case "status": {
      const r = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
      console.log(JSON.stringify(r, null, 2));
      if (r.history || r.failedMigrationNames.length || r.editedMigrationNames.length) exit = 1;
      break;
    }
    case "push": {
      const r = await engine.schemaPush({ force: process.argv.includes("--force"), schema: schemaFiles(), filters });
      console.log(JSON.stringify(r));
      break;
    }
    case "reset":
      await engine.reset({ filter: filters });
      console.log("reset done");
      break;
    default:
      console.error("usage: prisma-wasm.mjs diff-empty|dev NAME|create-only NAME|deploy|status|push [--force]|reset");
      exit = 2;
  }
} catch (e) {
  console.error("schema engine error:", e?.message ?? e);
  exit = 1;
} finally {
  engine.free?.();
  await new Promise((r) => setTimeout(r, 50));
  await Promise.allSettled(pendingDrops);
}
process.exit(exit);
