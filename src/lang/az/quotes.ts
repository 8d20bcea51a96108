// Azerbaijani tables of the quotes stage: the verbs that attribute direct speech.
import type { QuoteTables } from "../../extract/quotes/tables.js";

export const quotes: QuoteTables = {
  speechVerbs: [
    "de", "bildir", "qeyd", "vurğula", "əlavə", "söylə", "açıqla", "yaz", "xatırlat", "bəyan", "səsləndir",
    "deklarasiya", "cavab", "təkid", "şərh", "xəbər", "sitat", "paylaş", "müraciət", "təsdiqlə", "izah",
  ],
  notSpeech: ["deyil", "deyilmi", "dedikdə", "yazı", "yazılı"],
  backReference: ["bunu", "bu", "bunları", "sözügedən"],
  complementiser: ["ki"],
  speakerTitles: ["lider", "rəhbər", "prezident", "sədr", "nazir", "sözçü", "başçı", "nümayəndə", "katib", "kansler", "spiker"],
  minWords: 3,
  minWordsUncued: 8,
};
