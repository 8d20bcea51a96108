// Search folding for Azerbaijani: the letters people drop when typing on a plain Latin keyboard.
// ə is folded to "a" (the English and Russian transliteration: Əliyev -> Aliyev).
import type { SearchTables } from "../../search/tables.js";

export const search: SearchTables = {
  fold: {
    "ə": "a", "ı": "i", "ş": "s", "ç": "c", "ğ": "g", "ö": "o", "ü": "u",
    "â": "a", "î": "i", "û": "u",
  },
};
