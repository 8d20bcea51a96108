// Registered languages. A second language is a new folder beside az/ and one line here.
import type { Language } from "./types.js";
import { az } from "./az/index.js";

const LANGUAGES = new Map<string, Language>([[az.code, az]]);

export function getLanguage(code: string): Language {
  const l = LANGUAGES.get(code);
  if (!l) throw new Error(`no language folder for "${code}" (have: ${[...LANGUAGES.keys()].join(", ")})`);
  return l;
}

export function hasLanguage(code: string): boolean {
  return LANGUAGES.has(code);
}

/** Every registered language. */
export function languages(): Language[] {
  return [...LANGUAGES.values()];
}
