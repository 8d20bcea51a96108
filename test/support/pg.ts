// A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temp dir, start it on a
// free local port (socket in the temp dir, TCP on 127.0.0.1 only), hand out databases, stop and
// delete it afterwards. As root the server runs as the `postgres` user (it refuses to run as root).
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import pg from "pg";

export interface PgCluster {
  /** A URL for the cluster's default `postgres` database. */
  readonly baseUrl: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

/** The directory holding initdb and pg_ctl: PG_BIN, else PATH, else the newest Debian install. */
export function findPgBin(): string | null {
  const has = (d: string) => existsSync(join(d, "initdb")) && existsSync(join(d, "pg_ctl"));
  if (process.env.PG_BIN && has(process.env.PG_BIN)) return process.env.PG_BIN;
  for (const d of (process.env.PATH ?? "").split(":")) if (d && has(d)) return d;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (has(join(root, v, "bin"))) return join(root, v, "bin");
  return null;
}

/** Why PostgreSQL tests cannot run here, or null when they can. */
export function pgUnavailable(): string | null {
  return findPgBin() ? null : "PostgreSQL is not installed (no initdb/pg_ctl; apt-get install postgresql)";
}

/** Under CI a missing PostgreSQL is a failure; locally the tests skip. */
export function skipOrFail(reason: string): string | false {
  if (process.env.CI === "true") throw new Error(`${reason} (required when CI=true)`);
  return reason;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

export async function startCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  if (!bin) throw new Error(pgUnavailable()!);
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? "postgres" : userInfo().username;
  const dir = mkdtempSync(join(tmpdir(), "salname-pg-"));
  const data = join(dir, "data");
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", user]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", user]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const line = [join(bin, cmd), ...args].map(quote).join(" ");
    // run from the temp dir: the postgres user may not be allowed into the caller's directory
    if (asRoot) execFileSync("su", [user, "-s", "/bin/sh", "-c", line], { stdio: "pipe", cwd: dir });
    else execFileSync("/bin/sh", ["-c", line], { stdio: "pipe", cwd: dir });
  };
  const port = await freePort();
  run("initdb", ["-D", data, "-U", user, "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  // durability is pointless for a throwaway cluster: turn it off for speed
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run("pg_ctl", ["-D", data, "-o", opts, "-l", join(dir, "server.log"), "-w", "-t", "60", "start"]);
  const baseUrl = `postgres://${user}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    baseUrl,
    async createDatabase(name: string) {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
      } finally {
        await c.end();
      }
      return `postgres://${user}@127.0.0.1:${port}/${name}`;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
