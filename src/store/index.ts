// Opening a store: a file path (or :memory:) is SQLite, a postgres:// URL is PostgreSQL.
import { isPostgresUrl, resolveDbUrl, type OpenOptions, type Store } from "./types.js";
import { SqliteStore } from "./sqlite/index.js";

export * from "./types.js";
export { AmbiguousNameError } from "./shared.js";

/** Opens the store at `url` (default: SALNAME_DB, else ./salname.db), creating and migrating it. */
export async function openStore(url?: string, opts: OpenOptions = {}): Promise<Store> {
  const where = resolveDbUrl(url);
  if (isPostgresUrl(where)) {
    // the PostgreSQL backend is loaded only when asked for (src/store/postgres/index.ts); a literal path, so that
    // the CLI bundle (scripts/bundle-cli.mjs) makes it a chunk of its own
    let mod: { openPostgresStore(url: string, opts: OpenOptions): Promise<Store> };
    try {
      mod = await import("./postgres/index.js");
    } catch (e) {
      throw new Error(`PostgreSQL backend unavailable: ${(e as Error).message.split("\n")[0]}`);
    }
    return mod.openPostgresStore(where, opts);
  }
  return new SqliteStore(where, opts);
}
