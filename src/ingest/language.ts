// Which language an article is in. eld's n-gram detector, with one sure sign checked first: a
// letter that only one registered language writes (its signatureLetters, e.g. the Azerbaijani
// schwa, which Turkish, the language eld confuses it with, never writes).
import { languages } from "../lang/index.js";

type Detector = { detect(text: string): { language: string; isReliable(): boolean } };

let detector: Promise<Detector> | undefined;

function load(): Promise<Detector> {
  return (detector ??= import("eld/medium").then((m) => m.eld as Detector));
}

const signatures = languages()
  .filter((l) => l.signatureLetters)
  .map((l) => ({ code: l.code, letters: new RegExp(`[${l.signatureLetters}]`) }));
const SAMPLE = 4000;

/** ISO 639-1 code of the text; `declared` (from the record or the page) wins when given. */
export async function detectLanguage(text: string, declared?: string | null, fallback = "az"): Promise<string> {
  const d = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (d && /^[a-z]{2,3}$/.test(d)) return d;
  const sample = text.slice(0, SAMPLE);
  for (const s of signatures) if (s.letters.test(sample)) return s.code;
  // nothing to tell by (an empty body, only figures): not worth loading the n-gram tables
  if (!/\p{L}/u.test(sample)) return fallback;
  const r = (await load()).detect(sample);
  return r.language && (r.isReliable() || sample.length > 200) ? r.language : fallback;
}
