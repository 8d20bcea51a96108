// Loads attested-words.txt (Tesseract's Azerbaijani word list, Apache-2.0; see ./README.md). The
// file sits next to this module in src/; the compiled module in dist/ finds it in src/ through the
// repository root (tsc does not copy text files).
import { readFileSync } from "node:fs";

const FILE = "attested-words.txt";

export function loadAttestedWords(): string {
  const here = new URL(`./${FILE}`, import.meta.url);
  try {
    return readFileSync(here, "utf8");
  } catch {
    return readFileSync(new URL(`../../../../src/lang/az/morph/${FILE}`, import.meta.url), "utf8");
  }
}
