// Loads attested-words.txt (Tesseract's Azerbaijani word list, Apache-2.0; see ./README.md). The
// file sits next to this module in src/; compiled code finds it in src/ through the repository root
// (neither tsc nor the CLI bundle copies text files): from dist/lang/az/morph/ (tsc) and from
// dist/cli-bundle/ (the bundled CLI, scripts/bundle-cli.mjs).
import { readFileSync } from "node:fs";

const FILE = "attested-words.txt";
// next to this module (the sources, under tsx); from dist/cli-bundle/ (the bundled CLI); from dist/lang/az/morph/ (tsc)
const PLACES = [`./${FILE}`, `../../src/lang/az/morph/${FILE}`, `../../../../src/lang/az/morph/${FILE}`];

export function loadAttestedWords(): string {
  for (const place of PLACES) {
    try {
      return readFileSync(new URL(place, import.meta.url), "utf8");
    } catch {
      // not there: try the next place
    }
  }
  throw new Error(`${FILE} not found next to ${import.meta.url} nor in src/lang/az/morph/ of the package`);
}
