import type { Command } from "commander";
import { createInterface } from "node:readline";
import { getLanguage } from "../lang/index.js";
import { analyzeWord } from "../morph/index.js";
import { write } from "./io.js";

export function register(program: Command): void {
  program
    .command("lemma")
    .description("print word<TAB>lemma for words given as arguments or one per line on standard input")
    .argument("[words...]")
    .option("--lang <code>", "language", "az")
    .action(async (words: string[], opts: { lang: string }) => {
      const lang = getLanguage(opts.lang);
      const one = (w: string) => {
        const norm = w.trim();
        return `${w}\t${norm ? analyzeWord(norm, lang.lower(norm), lang).lemma : ""}\n`;
      };
      if (words.length) {
        for (const w of words) await write(process.stdout, one(w));
        return;
      }
      const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let buf = "";
      for await (const line of rl) {
        buf += one(line);
        if (buf.length > 65536) { await write(process.stdout, buf); buf = ""; }
      }
      await write(process.stdout, buf);
    });
}
