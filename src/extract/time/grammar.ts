// The chart: rules (sequences of slots, from the language's tables) are matched over contiguous
// items, and what they build becomes an item other rules can consume, until nothing new appears
// (cf. Duckling's saturating parse). Only sentences with a trigger atom get here.
import type { Compiled, CompiledRule } from "./lexicon.js";
import { matches } from "./slots.js";
import { produce } from "./productions.js";
import type { Item } from "./spec.js";

const MAX_ROUNDS = 4;

function matchFrom(rule: CompiledRule, k: number, at: number, byStart: Map<number, Item[]>, acc: Item[], out: Item[][]): void {
  if (k === rule.seq.length) { out.push([...acc]); return; }
  for (const it of byStart.get(at) ?? []) {
    if (!matches(rule.seq[k], it)) continue;
    acc.push(it);
    matchFrom(rule, k + 1, it.e, byStart, acc, out);
    acc.pop();
  }
}

/** Every phrase the rules can build over the atoms (the atoms themselves excluded). */
export function parse(atoms: Item[], c: Compiled): Item[] {
  const all = [...atoms];
  const byStart = new Map<number, Item[]>();
  const seen = new Set<string>();
  const ids = new Map<Item, number>();
  const add = (it: Item) => {
    ids.set(it, ids.size);
    const l = byStart.get(it.s);
    if (l) l.push(it);
    else byStart.set(it.s, [it]);
  };
  for (const a of atoms) add(a);
  const built: Item[] = [];
  let fresh = new Set<Item>(atoms);
  for (let round = 0; round < MAX_ROUNDS && fresh.size; round++) {
    const next: Item[] = [];
    for (const first of all) {
      const own = c.rulesByFirst.get(first.cat) ?? [];
      const ordinal = first.cat === "ordw" || first.cat === "roman" || !!first.num?.ord;
      const candidates = ordinal ? [...own, ...(c.rulesByFirst.get("ord") ?? [])] : own;
      for (const rule of candidates) {
        if (!matches(rule.seq[0], first)) continue;
        const found: Item[][] = [];
        matchFrom(rule, 1, first.e, byStart, [first], found);
        for (const items of found) {
          // only combinations that use something new this round
          if (round > 0 && !items.some((it) => fresh.has(it))) continue;
          const key = `${rule.index}:${items.map((it) => ids.get(it)).join(",")}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const spec = produce(rule.make, items, rule.seq);
          if (!spec) continue;
          const last = items[items.length - 1];
          const it: Item = {
            cat: "T", s: first.s, e: last.e, info: last.info, bare: last.bare, weak: false, spec,
            size: items.reduce((n, x) => n + x.size, 0),
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
