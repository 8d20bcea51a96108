// `salname start` (npm start): the first thing a newcomer runs. Opens the database, stores the
// bundled sample article when it is empty, and serves the web UI.
import type { Command } from "commander";
import { fileURLToPath } from "node:url";
import { ingest } from "../ingest/run.js";
import { openStore, type Store } from "../store/index.js";
import { portOption, serveStore, serverOptions } from "./serve.js";

/** The bundled sample article (a test fixture we may ship). */
export const SAMPLE_PATH = fileURLToPath(new URL("../../test/fixtures/000_0a529d22fd31e90c.txt", import.meta.url));

/** Stores the sample when the database holds no article; returns how many were stored. */
export async function ensureSample(store: Store): Promise<number> {
  if ((await store.stats()).articles > 0) return 0;
  const sum = await ingest([SAMPLE_PATH], store, { workers: 0 });
  if (sum.failed.length) throw new Error(`the sample article could not be stored: ${sum.failed[0].reason}`);
  return sum.stored;
}

export function register(program: Command): void {
  serverOptions(program
    .command("start")
    .description("the main job: store the bundled sample when the database is empty, then serve the web UI"))
    .action(async (opts: { db?: string; host: string; port: string }) => {
      const port = portOption(opts.port);
      const store = await openStore(opts.db);
      try {
        if (await ensureSample(store)) process.stdout.write(`empty database ${store.location}: stored the bundled sample article\n`);
      } catch (e) {
        await store.close();
        throw e;
      }
      await serveStore(store, { host: opts.host, port });
    });
}
