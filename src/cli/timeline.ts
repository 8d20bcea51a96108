import type { Command } from "commander";
import { dateOption, dbOptions, intOption, printJson, table, withStore, type DbOptions } from "./db.js";
import { write } from "./io.js";

interface Opts extends DbOptions { actor: string[]; from?: string; to?: string; type?: string; mode?: string; limit?: string; offset?: string }

export function register(program: Command): void {
  dbOptions(program.command("timeline")
    .description("events in the order they happened; reports of one event merged, with their sources")
    .option("--actor <name>", "an actor (name, alias or id); repeat for events involving all of them", (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option("--from <date>", "events on or after")
    .option("--to <date>", "events on or before")
    .option("--type <EVENT_TYPE>", "only this event type")
    .option("--mode <mode>", "only this mode (asserted, future, negated, ...)")
    .option("--limit <n>", "events to show", "200")
    .option("--offset <n>", "events to skip", "0"))
    .action(async (opts: Opts) => {
      const tl = await withStore(opts, (s) => s.timeline({
        actors: opts.actor, from: dateOption("--from", opts.from), to: dateOption("--to", opts.to), type: opts.type, mode: opts.mode,
        limit: intOption("--limit", opts.limit), offset: intOption("--offset", opts.offset),
      }));
      if (opts.json) return printJson(tl);
      await write(process.stdout, `${tl.total} event${tl.total === 1 ? "" : "s"}${tl.actors?.length ? ` involving ${tl.actors.join(" and ")}` : ""}\n\n` +
        table(["date", "type", "actors", "mode", "score", "location", "sources"],
          tl.events.map((e) => [e.date ?? "undated", e.type, e.actors.join(" → "), e.mode, e.score, e.location, e.sources.join(" ")])));
    });
}
