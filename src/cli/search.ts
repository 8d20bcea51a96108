import type { Command } from "commander";
import { dateOption, dbOptions, intOption, printJson, withStore, type DbOptions } from "./db.js";
import { die, write } from "./io.js";
import { SNIPPET_CLOSE, SNIPPET_OPEN } from "../search/snippet.js";

interface Opts extends DbOptions { from?: string; to?: string; entity?: string; type?: string; limit?: string; offset?: string; sort?: string }

export function register(program: Command): void {
  dbOptions(program.command("search")
    .description("full-text search over stored articles (inflected forms match; \"phrases\", prefix*)")
    .argument("<query...>", "words to find; any text is accepted")
    .option("--from <date>", "published on or after")
    .option("--to <date>", "published on or before")
    .option("--entity <name>", "only articles mentioning this entity")
    .option("--type <EVENT_TYPE>", "only articles reporting an event of this type (e.g. AGREE)")
    .option("--limit <n>", "results to show", "20")
    .option("--offset <n>", "results to skip", "0")
    .option("--sort <order>", "relevance, date or date_asc", "relevance"))
    .action(async (words: string[], opts: Opts) => {
      if (!["relevance", "date", "date_asc"].includes(opts.sort ?? "relevance")) die(`--sort must be relevance, date or date_asc`);
      const res = await withStore(opts, (s) => s.search(words.join(" "), {
        from: dateOption("--from", opts.from), to: dateOption("--to", opts.to), entity: opts.entity, type: opts.type,
        limit: intOption("--limit", opts.limit), offset: intOption("--offset", opts.offset), sort: opts.sort as "relevance",
      }));
      if (opts.json) return printJson(res);
      const color = !!process.stdout.isTTY && !process.env.NO_COLOR;
      const mark = (s: string) => s.split(SNIPPET_OPEN).join(color ? "\x1b[1;33m" : "«").split(SNIPPET_CLOSE).join(color ? "\x1b[0m" : "»");
      const lines = [`${res.total} article${res.total === 1 ? "" : "s"}`];
      for (const r of res.results) lines.push("", `${r.published ?? "????-??-??"}  ${r.id}  ${r.title ?? ""}  (${r.score})`, `  ${mark(r.snippet)}`);
      await write(process.stdout, lines.join("\n") + "\n");
    });
}
