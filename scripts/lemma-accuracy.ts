// Lemma accuracy the way the foundation contract measures it (../shared/contract/foundation.sh):
// Wiktionary nouns and verbs at ODD positions (held out from the lexicon; verb gold = infinitive
// minus -maq/-mək) and UD TueCL NOUN/PROPN/VERB/ADJ tokens, compared lower-cased.
// Usage: npx tsx scripts/lemma-accuracy.ts [--dev] [--errors N]
//   --dev     tune on half of the EVEN positions instead (i % 4 == 2), with their stems removed from
//             the lexicon (UD is skipped): the other even half stays known, as the held-out set sees
//             it, and rules can be improved without looking at held-out words.
//   --errors  print up to N wrong lemmas per set.
import { existsSync, readFileSync } from "node:fs";
import { az } from "../src/lang/az/index.js";
import { analyzeWord } from "../src/morph/index.js";
import type { Language } from "../src/lang/types.js";

const MORPH = new URL("../../shared/morph/", import.meta.url);
if (!existsSync(new URL("wiktionary-nouns.json", MORPH))) {
  console.log("../shared/morph is absent: skipped");
  process.exit(0);
}
const args = process.argv.slice(2);
const dev = args.includes("--dev");
const ei = args.indexOf("--errors");
const maxErrors = ei >= 0 ? Number(args[ei + 1] ?? 20) : 0;

type Pair = [set: string, form: string, gold: string];
const pairs: Pair[] = [];
const devStems = new Set<string>();
for (const kind of ["nouns", "verbs"]) {
  const d = JSON.parse(readFileSync(new URL(`wiktionary-${kind}.json`, MORPH), "utf8")) as Record<string, Record<string, unknown>[]>;
  Object.entries(d).forEach(([lemma, forms], i) => {
    if (dev ? i % 4 !== 2 : i % 2 !== 1) return;
    const base = kind === "verbs" && /(maq|mək)$/.test(lemma) ? lemma.slice(0, -3) : lemma;
    devStems.add(az.lower(base));
    for (const f of forms) for (const form of Object.keys(f)) if (!form.includes(" ")) pairs.push([kind, form, base]);
  });
}
if (!dev) {
  for (const line of readFileSync(new URL("ud-az-tuecl-test.conllu", MORPH), "utf8").split("\n")) {
    const c = line.split("\t");
    if (c.length === 10 && /^\d+$/.test(c[0]) && ["NOUN", "PROPN", "VERB", "ADJ"].includes(c[3])) pairs.push(["ud", c[1], c[2]]);
  }
}

let lang: Language = az;
if (dev && az.morph) {
  // the even stems are in the lexicon: take them out so the dev set behaves like unseen words
  const drop = (s: string) => s.split(/\s+/).filter((w) => w && !devStems.has(w)).join(" ");
  const lx = az.morph.lexicon;
  lang = { ...az, morph: { ...az.morph, lexicon: { noun: drop(lx.noun), verb: drop(lx.verb), adj: drop(lx.adj), propn: drop(lx.propn) } } };
}

const acc = new Map<string, { ok: number; n: number; errors: string[] }>();
for (const [set, form, gold] of pairs) {
  const w = form.trim();
  const lemma = w ? analyzeWord(w, lang.lower(w), lang).lemma : "";
  const a = acc.get(set) ?? { ok: 0, n: 0, errors: [] };
  const ok = lemma.toLowerCase() === gold.toLowerCase();
  a.n++;
  if (ok) a.ok++;
  else if (a.errors.length < maxErrors) a.errors.push(`${form} -> ${lemma} (gold ${gold})`);
  acc.set(set, a);
}
for (const [set, a] of acc) {
  console.log(`${dev ? "dev " : ""}${set}: ${(a.ok / a.n).toFixed(3)} (${a.ok}/${a.n})`);
  for (const e of a.errors) console.log("   ", e);
}
