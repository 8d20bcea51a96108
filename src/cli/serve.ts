// `salname serve`: the JSON API and the web UI over a database, on loopback unless told otherwise.
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { buildServer } from "../api/index.js";
import { isPostgresUrl, openStore, resolveDbUrl, type Store } from "../store/index.js";
import { die } from "./io.js";
import { DB_OPTION_HELP } from "./db.js";

export interface ServeOptions {
  host: string;
  port: number;
}

export function portOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) die(`--port must be a whole number 0-65535, not "${v}"`);
  return n;
}

/** Serves until SIGINT/SIGTERM; prints the address a person opens. */
export async function serveStore(store: Store, opts: ServeOptions): Promise<void> {
  const token = process.env.SALNAME_TOKEN || undefined;
  const app = buildServer({ store, token, logger: !!process.env.SALNAME_DEBUG });
  try {
    await app.listen({ host: opts.host, port: opts.port });
  } catch (e) {
    await store.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") die(`port ${opts.port} on ${opts.host} is taken; pick another with --port`, 1);
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === "object" && addr ? addr.port : opts.port;
  const shown = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
  process.stdout.write(`Salnamə is serving ${store.location} at http://${shown}:${port}/ (API: /api, OpenAPI: /api/openapi.json)\n`);
  process.stdout.write(token ? "write endpoints: on (bearer token from SALNAME_TOKEN)\n" : "write endpoints: off (set SALNAME_TOKEN to enable POST /api/ingest)\n");
  if (opts.host !== "127.0.0.1" && opts.host !== "localhost" && opts.host !== "::1") {
    process.stderr.write(`salname: listening on ${opts.host}: reachable from other machines\n`);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await app.close();
  await store.close();
}

/** The options of a command that serves: the database, and where to listen. */
export function serverOptions(cmd: Command): Command {
  return cmd
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--port <n>", "port to listen on (0 picks a free one)", "8787");
}

export function register(program: Command): void {
  serverOptions(program
    .command("serve")
    .description("serve the JSON API and the web UI (write endpoints need SALNAME_TOKEN)"))
    .action(async (opts: { db?: string; host: string; port: string }) => {
      const url = resolveDbUrl(opts.db);
      if (!isPostgresUrl(url) && url !== ":memory:" && !existsSync(url)) die(`no database at ${url} (run "salname ingest" first, or give --db)`);
      const port = portOption(opts.port);
      await serveStore(await openStore(url), { host: opts.host, port });
    });
}
