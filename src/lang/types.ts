// What a language folder provides: one table set per stage. A stage whose tables a language
// lacks is skipped for that language, so a new language can start with the text layer alone.
import type { NormaliseTables } from "../text/normalise.js";
import type { TokenizerTables } from "../text/tokenize.js";
import type { MorphTables } from "../morph/tables.js";
import type { TimeTables } from "../extract/time/tables.js";
import type { EntityTables } from "../extract/entities/tables.js";
import type { EventTables } from "../extract/events/tables.js";
import type { QuoteTables } from "../extract/quotes/tables.js";
import type { SearchTables } from "../search/tables.js";

export interface Language {
  code: string;
  name: string;
  normalise: NormaliseTables;
  tokenizer: TokenizerTables;
  lower(s: string): string;
  upper(s: string): string;
  /** Letters this language writes and its look-alike neighbours never do (a sure sign in language id). */
  signatureLetters?: string;
  morph?: MorphTables;
  time?: TimeTables;
  entities?: EntityTables;
  events?: EventTables;
  quotes?: QuoteTables;
  search?: SearchTables;
}
