import type { Command } from "commander";
import { dateOption, dbOptions, printJson, table, withStore, type DbOptions } from "./db.js";
import { die, write } from "./io.js";

interface Opts extends DbOptions { by: string; from?: string; to?: string; events?: boolean }

export function register(program: Command): void {
  dbOptions(program.command("relations")
    .description("cooperation–conflict series between two actors: score sum, mean and counts per period")
    .argument("<a>", "first actor")
    .argument("<b>", "second actor")
    .option("--by <period>", "month or week", "month")
    .option("--from <date>", "events on or after")
    .option("--to <date>", "events on or before")
    .option("--events", "list each period's events (JSON)"))
    .action(async (a: string, b: string, opts: Opts) => {
      if (opts.by !== "month" && opts.by !== "week") die(`--by must be month or week, not "${opts.by}"`);
      const rel = await withStore(opts, (s) => s.relations(a, b, { by: opts.by as "month", from: dateOption("--from", opts.from), to: dateOption("--to", opts.to), events: opts.events }));
      if (opts.json) return printJson(rel);
      const bar = (v: number) => (v >= 0 ? "+".repeat(Math.min(30, Math.round(v))) : "-".repeat(Math.min(30, Math.round(-v))));
      await write(process.stdout, `${rel.a} ↔ ${rel.b}, by ${rel.by}\n\n` +
        table(["period", "events", "coop", "conflict", "sum", "mean", ""], rel.series.map((p) => [p.period, p.count, p.cooperation, p.conflict, p.sum, p.mean, bar(p.sum)])));
    });
}
