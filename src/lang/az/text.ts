// Azerbaijani text tables: variant letters, Cyrillic-script transliteration, abbreviations, casing.
import type { NormaliseTables } from "../../text/normalise.js";
import type { TokenizerTables } from "../../text/tokenize.js";

export const normalise: NormaliseTables = {
  // the schwa is often typed as ä (Turkic keyboards) or taken from the Cyrillic block
  charMap: { "ä": "ə", "Ä": "Ə", "ә": "ə", "Ә": "Ə", "ǝ": "ə", "Ǝ": "Ə" },
  transliteration: {
    script: "Cyrl",
    markers: "әӘғҒҹҸҝҜөӨүҮһҺјЈ",
    map: {
      "а": "a", "б": "b", "в": "v", "г": "q", "ғ": "ğ", "д": "d", "е": "e", "ә": "ə", "ж": "j",
      "з": "z", "и": "i", "ы": "ı", "ј": "y", "к": "k", "ҝ": "g", "л": "l", "м": "m", "н": "n",
      "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ү": "ü", "ф": "f",
      "х": "x", "һ": "h", "ч": "ç", "ҹ": "c", "ш": "ş", "й": "y", "ъ": "", "ь": "", "э": "e",
      "ю": "yu", "я": "ya", "ё": "yo", "ц": "ts", "щ": "şç",
    },
  },
};

function lower(s: string): string {
  // toLocaleLowerCase("az") is slow on every token; I and İ are the only letters that differ
  if (s.indexOf("I") < 0 && s.indexOf("İ") < 0) return s.toLowerCase();
  return s.replace(/I/g, "ı").replace(/İ/g, "i").toLowerCase();
}

export function upper(s: string): string {
  if (s.indexOf("i") < 0 && s.indexOf("ı") < 0) return s.toUpperCase();
  return s.replace(/i/g, "İ").replace(/ı/g, "I").toUpperCase();
}

export const tokenizer: TokenizerTables = {
  lower,
  dottedAbbreviations: [
    "b.e.ə.", "e.ə.", "b.e.", "və s.", "və b.", "və ş.", "və i.a.", "i.a.", "m.ö.", "e.", "s.",
    "bax.", "səh.", "mln.", "mlrd.", "min.", "maks.", "km.", "kv.", "küç.", "pr.", "prof.", "dos.",
    "akad.", "dr.", "t.e.d.", "f.e.d.", "h.e.d.", "f.r.i.", "i.e.n.", "t.e.n.", "r-nu", "ş.", "k.",
  ],
  sentenceFinal: ["və s.", "və b.", "və i.a.", "və ş."],
  // web addresses written bare in the text (Banker.az, Report.az): one token, never a name and a word
  webDomains: ["az", "com", "ru", "org", "net", "info", "news", "tv", "media", "gov", "edu", "tr", "ge", "ua", "kz", "uz", "ir", "eu", "io", "co", "uk"],
  abbreviations: [
    "ABŞ", "AB", "BMT", "MDB", "XİN", "DTX", "DİN", "ATƏT", "NATO", "AŞPA", "MSK", "DSX", "ADA",
    "ADNSU", "BDU", "ASC", "QSC", "MMC", "ASAN", "İƏT", "TDT", "ŞƏT", "BVF", "ÜTT", "ÜST", "AMEA",
    "AZƏRTAC", "APA", "ARB", "AzTV", "İTV", "KİV", "QHT", "ÜDM", "ƏDV", "DYP", "YAP", "MN", "MM",
    "İH", "AR", "RF", "AzNet", "SOCAR", "BP", "UEFA", "FIFA", "UNESCO", "UNICEF", "COP29", "KTMT",
  ],
};

export { lower };
