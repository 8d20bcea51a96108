import type { Command } from "commander";
import { dbOptions, printJson, table, withStore, type DbOptions } from "./db.js";
import { die, write } from "./io.js";

export function register(program: Command): void {
  dbOptions(program.command("entity")
    .description("an entity: aliases, English name, mentions over time, co-occurring entities, events")
    .argument("<name...>", "name, alias or id"))
    .action(async (words: string[], opts: DbOptions) => {
      const name = words.join(" ");
      const { e, similar } = await withStore(opts, async (s) => {
        const e = await s.entity(name);
        return { e, similar: e ? [] : await s.findEntities(name, 10) };
      });
      if (!e) {
        if (opts.json) { await printJson(null); process.exitCode = 1; return; }
        die(`no entity "${name}"${similar.length ? `; similar: ${similar.map((x) => x.name).join(", ")}` : ""}`, 1);
      }
      if (opts.json) return printJson(e);
      const out = [
        `${e.name}  (${e.type}${e.name_en ? `, ${e.name_en}` : ""}${e.iso ? `, ${e.iso}` : ""})  id ${e.id}`,
        `mentioned in ${e.total_mentions} articles`,
        `aliases: ${e.aliases.map((a) => `${a.text} (${a.count})`).join(", ")}`,
        "", table(["month", "articles"], e.mentions.map((m) => [m.period, m.count])),
        table(["co-occurring", "type", "articles"], e.cooccurring.map((c) => [c.name, c.type, c.count])),
        table(["date", "event", "actors", "score", "sources"], e.events.map((v) => [v.date ?? "undated", v.type, v.actors.join(" → "), v.score, v.sources.length])),
      ];
      await write(process.stdout, out.join("\n"));
    });
}
