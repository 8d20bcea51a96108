// Azerbaijani: the tables every stage reads. The engine holds no Azerbaijani words.
import type { Language } from "../types.js";
import { normalise, tokenizer, lower, upper } from "./text.js";
import { morph } from "./morph.js";
import { time } from "./time.js";
import { entities } from "./entities.js";
import { events } from "./events.js";
import { quotes } from "./quotes.js";
import { search } from "./search.js";

export const az: Language = {
  code: "az",
  name: "Azərbaycan dili",
  normalise,
  tokenizer,
  lower,
  upper,
  // the schwa: Turkish, which n-gram detectors confuse with Azerbaijani, never writes it
  signatureLetters: "əƏ",
  morph,
  time,
  entities,
  events,
  quotes,
  search,
};
