// Shared plumbing of the database commands: --db/--json options, opening the store, printing
// JSON or a readable table, and turning a person's mistakes into one-line messages.
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { openStore, isPostgresUrl, resolveDbUrl, AmbiguousNameError, type Store } from "../store/index.js";
import { validDate } from "../ingest/decode.js";
import { die, write } from "./io.js";

export interface DbOptions {
  db?: string;
  json?: boolean;
}

export const DB_OPTION_HELP = "database file or postgres:// URL (default: $SALNAME_DB or ./salname.db)";

export function dbOptions(cmd: Command): Command {
  return cmd
    .option("--db <file|url>", DB_OPTION_HELP)
    .option("--json", "print JSON for machines instead of a readable table");
}

/** Opens the store for a command; reading commands refuse to create an empty database. */
export async function withStore<T>(opts: DbOptions, fn: (s: Store) => Promise<T>, create = false): Promise<T> {
  const url = resolveDbUrl(opts.db);
  if (!create && !isPostgresUrl(url) && url !== ":memory:" && !existsSync(url)) die(`no database at ${url} (run "salname ingest" first, or give --db)`);
  const store = await openStore(url);
  try {
    return await fn(store);
  } catch (e) {
    if (e instanceof AmbiguousNameError) die(e.message);
    throw e;
  } finally {
    await store.close();
  }
}

export function dateOption(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (/^\d{4}(-\d{2})?$/.test(v)) return v; // a year or a month
  const d = validDate(v);
  if (!d || v.length !== 10) die(`${name} "${v}" is not a date (want YYYY-MM-DD, YYYY-MM or YYYY)`);
  return d;
}

export function intOption(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) die(`${name} must be a whole number, not "${v}"`);
  return n;
}

export async function printJson(data: unknown): Promise<void> {
  await write(process.stdout, JSON.stringify(data, null, 2) + "\n");
}

/** A plain text table: a header row and columns padded to their widest cell. */
export function table(header: string[], rows: unknown[][]): string {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c)).replace(/\s+/g, " ")));
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...cells.map((r) => [...r[i]].length))));
  const fit = (s: string, w: number) => ([...s].length > w ? [...s].slice(0, w - 1).join("") + "…" : s.padEnd(w));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : fit(c, widths[i]))).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}
