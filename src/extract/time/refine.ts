// Refiner: of overlapping readings keep the longest (in characters); on a tie the one made of
// fewer atoms (a listed phrase beats a composition), then the earlier rule's.
import type { Token } from "../../text/doc.js";
import type { Item } from "./spec.js";

export function selectLongest(items: Item[], toks: Token[]): Item[] {
  const len = (it: Item) => toks[it.e - 1].end - toks[it.s].start;
  const sorted = [...items].sort((a, b) => len(b) - len(a) || a.size - b.size || a.s - b.s);
  const taken: Item[] = [];
  for (const it of sorted) {
    if (taken.some((t) => it.s < t.e && t.s < it.e)) continue;
    taken.push(it);
  }
  return taken.sort((a, b) => a.s - b.s);
}
