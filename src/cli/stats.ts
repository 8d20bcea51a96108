import type { Command } from "commander";
import { dbOptions, printJson, withStore, type DbOptions } from "./db.js";
import { write } from "./io.js";

export function register(program: Command): void {
  dbOptions(program.command("stats").description("counts of articles, entities, events in the database"))
    .action(async (opts: DbOptions) => {
      const s = await withStore(opts, (store) => store.stats());
      if (opts.json) return printJson(s);
      const rows: [string, unknown][] = [
        ["articles", s.articles], ["entities", s.entities], ["events", s.events], ["event reports", s.event_reports],
        ["entity mentions", s.mentions], ["quotes", s.quotes], ["syndicated copies", s.near_duplicates],
        ["languages", Object.entries(s.languages).map(([k, v]) => `${k} ${v}`).join(", ")],
        ["published", s.first_published ? `${s.first_published} … ${s.last_published}` : "-"],
        ["schema version", s.schema_version],
      ];
      if (s.bytes !== undefined) rows.push(["size", `${(s.bytes / 1048576).toFixed(1)} MB`]);
      await write(process.stdout, rows.map(([k, v]) => `${k.padEnd(18)} ${v}`).join("\n") + "\n");
    });
}
