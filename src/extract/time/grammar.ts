// The chart: rules (sequences of slots, from the language's tables) are matched over contiguous
// items, and what they build becomes an item other rules can consume, until nothing new appears
// (cf. Duckling's saturating parse). Only sentences with a trigger atom get here.
import type { Compiled, CompiledRule } from "./lexicon.js";
import { matches } from "./slots.js";
import { produce } from "./productions.js";
import type { Item } from "./spec.js";

const MAX_ROUNDS = 4;

/** Combinations of items matching the rule's slots from k on, starting at token `at`. After the
 *  first round only combinations using a fresh item count: one that has used none by `lastFresh`
 *  (the last start of a fresh item) can use none further on (items chain left to right), so it stops. */
function matchFrom(rule: CompiledRule, k: number, at: number, byStart: Map<number, Item[]>, acc: Item[], out: Item[][],
  fresh: Set<Item>, lastFresh: number): void {
  if (k === rule.seq.length) { out.push([...acc]); return; }
  if (at > lastFresh) return;
  for (const it of byStart.get(at) ?? []) {
    if (!matches(rule.seq[k], it)) continue;
    acc.push(it);
    matchFrom(rule, k + 1, it.e, byStart, acc, out, fresh, fresh.has(it) ? Infinity : lastFresh);
    acc.pop();
  }
}

/** Every phrase the rules can build over the atoms (the atoms themselves excluded). */
export function parse(atoms: Item[], c: Compiled): Item[] {
  const all = [...atoms];
  const byStart = new Map<number, Item[]>();
  const add = (it: Item) => {
    const l = byStart.get(it.s);
    if (l) l.push(it);
    else byStart.set(it.s, [it]);
  };
  for (const a of atoms) add(a);
  const built: Item[] = [];
  let fresh = new Set<Item>(atoms);
  for (let round = 0; round < MAX_ROUNDS && fresh.size; round++) {
    const next: Item[] = [];
    let lastFresh = -1;
    for (const it of fresh) lastFresh = Math.max(lastFresh, it.s);
    for (const first of all) {
      // (in the first round every item is fresh)
      const firstLastFresh = round === 0 || fresh.has(first) ? Infinity : lastFresh;
      if (first.e > firstLastFresh) continue;
      const own = c.rulesByFirst.get(first.cat) ?? [];
      const ordinal = first.cat === "ordw" || first.cat === "roman" || !!first.num?.ord;
      const candidates = ordinal ? [...own, ...(c.rulesByFirst.get("ord") ?? [])] : own;
      for (const rule of candidates) {
        if (!matches(rule.seq[0], first)) continue;
        const found: Item[][] = [];
        matchFrom(rule, 1, first.e, byStart, [first], found, fresh, firstLastFresh);
        for (const items of found) {
          // only combinations that use something new this round (so none is built twice)
          if (round > 0 && !items.some((it) => fresh.has(it))) continue;
          const spec = produce(rule.make, items, rule.seq);
          if (!spec) continue;
          // (a last slot that is only looked at, `^`, stays outside the phrase)
          const last = items[rule.seq[items.length - 1].ahead ? items.length - 2 : items.length - 1];
          // (the atoms' shape, every field present: see base in atoms.ts)
          const it: Item = {
            cat: "T", s: first.s, e: last.e, info: last.info, bare: last.bare, weak: false, word: undefined, num: undefined,
            date: undefined, spec, size: items.reduce((n, x) => n + x.size, 0),
          };
          next.push(it);
        }
      }
    }
    for (const it of next) { add(it); all.push(it); built.push(it); }
    fresh = new Set(next);
  }
  return built;
}
