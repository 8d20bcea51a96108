// The `salname` command. Each subcommand lives in its own module with a register() function.
import { Command, CommanderError } from "commander";
import { readFileSync } from "node:fs";
import * as annotate from "./annotate.js";
import * as evalCmd from "./eval.js";
import * as lemma from "./lemma.js";
import * as start from "./start.js";
import * as ingest from "./ingest.js";
import * as stats from "./stats.js";
import * as search from "./search.js";
import * as timeline from "./timeline.js";
import * as relations from "./relations.js";
import * as entity from "./entity.js";
import * as exportCmd from "./export.js";
import * as serve from "./serve.js";
import * as worker from "./worker.js";
import * as copy from "./copy.js";

const COMMANDS = [annotate, lemma, start, evalCmd, ingest, stats, search, timeline, relations, entity, exportCmd, serve, worker, copy];

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program.name("salname").description("Salnamə: Azerbaijani news into a dated chronicle of who did what to whom").version(pkg.version);
  program.showHelpAfterError();
  program.exitOverride();
  for (const c of COMMANDS) c.register(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode;
      return;
    }
    process.stderr.write(`salname: ${(e as Error).message}\n`);
    if (process.env.SALNAME_DEBUG) process.stderr.write(String((e as Error).stack) + "\n");
    process.exitCode = 1;
  }
}
