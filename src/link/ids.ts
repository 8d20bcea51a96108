// Stable identifiers: `loc:RU` for countries, otherwise the type and an ASCII slug of the English
// name (or of the canonical name), so the same entity has the same id in every document.
import type { EntityType } from "../text/doc.js";

export function slug(s: string, letters: Record<string, string>): string {
  let out = "";
  for (const ch of s.toLowerCase()) out += letters[ch] ?? ch;
  return out.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function entityId(type: EntityType, name: string, en: string | undefined, iso: string | undefined, letters: Record<string, string>): string {
  if (type === "LOC" && iso) return `loc:${iso}`;
  return `${type.toLowerCase()}:${slug(en ?? name, letters)}`;
}
