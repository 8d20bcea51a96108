// Stable identifiers: `loc:RU` for countries, otherwise the type and an ASCII slug of the English
// name (or of the canonical name), so the same entity has the same id in every document.
import type { EntityType } from "../text/doc.js";
import { BoundedMap } from "../text/bounded.js";

// The same names recur in every document: their slugs are kept (bounded, cleared when full).
const SLUG_MEMO_LIMIT = 20_000;
const slugMemo = new WeakMap<Record<string, string>, BoundedMap<string, string>>();

export function slug(s: string, letters: Record<string, string>): string {
  let m = slugMemo.get(letters);
  if (!m) slugMemo.set(letters, (m = new BoundedMap(SLUG_MEMO_LIMIT)));
  let v = m.get(s);
  if (v === undefined) m.set(s, (v = slugOf(s, letters)));
  return v;
}

function slugOf(s: string, letters: Record<string, string>): string {
  let out = "";
  for (const ch of s.toLowerCase()) out += letters[ch] ?? ch;
  return out.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function entityId(type: EntityType, name: string, en: string | undefined, iso: string | undefined, letters: Record<string, string>): string {
  if (type === "LOC" && iso) return `loc:${iso}`;
  return `${type.toLowerCase()}:${slug(en ?? name, letters)}`;
}
