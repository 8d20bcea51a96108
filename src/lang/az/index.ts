// Azerbaijani: the tables every stage reads. The engine holds no Azerbaijani words.
import type { Language } from "../types.js";
import { normalise, tokenizer, lower, upper } from "./text.js";

export const az: Language = {
  code: "az",
  name: "Azərbaycan dili",
  normalise,
  tokenizer,
  lower,
  upper,
};
