// Builds src/lang/az/morph/attested-words.txt, the "real word" list the analyser consults to
// prefer stems that occur as words (ailə over ail-ə), from Tesseract's Azerbaijani word list
// (tessdata_fast aze.traineddata, © Google, Apache License 2.0; see src/lang/az/morph/README.md).
// Extract the list first (Debian package tesseract-ocr-aze + libtesseract tools):
//   combine_tessdata -u /usr/share/tesseract-ocr/5/tessdata/aze.traineddata aze.
//   dawg2wordlist aze.lstm-unicharset aze.lstm-word-dawg words.txt
// Usage: npx tsx scripts/build-wordlist.ts [path/to/words.txt]   (default /tmp/tess/words.txt)
// Output: lower-cased (Azerbaijani casing), letters only, deduplicated, sorted in code-unit order
// and joined by "\n" so the analyser can binary-search it without building a Set. A plain text
// file (not a TS module) so that loading it is one read, lazily, at the first lookup.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { lower } from "../src/lang/az/text.js";

const SRC = process.argv[2] ?? "/tmp/tess/words.txt";
const OUT = new URL("../src/lang/az/morph/attested-words.txt", import.meta.url);
const LETTERS = /^[abcçdeəfgğhxıijkqlmnoöprsştuüvyz]+$/;

if (!existsSync(SRC)) {
  console.log(`${SRC} is absent: nothing to build (the generated file is committed)`);
  process.exit(0);
}
const words = new Set<string>();
for (const raw of readFileSync(SRC, "utf8").split("\n")) {
  const w = lower(raw.trim());
  if (w.length >= 2 && LETTERS.test(w)) words.add(w);
}
const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(OUT, sorted.join("\n") + "\n");
console.log(`attested words: ${sorted.length}`);
