// The `salname` command. Each subcommand lives in its own module with a register() function.
import { Command, CommanderError } from "commander";
import { readFileSync } from "node:fs";
interface CommandModule { register(program: Command): void }

// Each command is loaded only when it is the one asked for: `annotate` should not pay for the web
// server's or the HTML extractor's modules at start-up. Help and unknown commands load them all.
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  annotate: () => import("./annotate.js"),
  lemma: () => import("./lemma.js"),
  start: () => import("./start.js"),
  eval: () => import("./eval.js"),
  ingest: () => import("./ingest.js"),
  stats: () => import("./stats.js"),
  search: () => import("./search.js"),
  timeline: () => import("./timeline.js"),
  relations: () => import("./relations.js"),
  entity: () => import("./entity.js"),
  export: () => import("./export.js"),
  serve: () => import("./serve.js"),
  worker: () => import("./worker.js"),
  copy: () => import("./copy.js"),
};

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program.name("salname").description("Salnamə: Azerbaijani news into a dated chronicle of who did what to whom").version(pkg.version);
  program.showHelpAfterError();
  program.exitOverride();
  const asked = argv[2];
  const wanted = asked !== undefined && Object.hasOwn(COMMANDS, asked) ? [COMMANDS[asked]] : Object.values(COMMANDS);
  for (const c of await Promise.all(wanted.map((load) => load()))) c.register(program);
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
