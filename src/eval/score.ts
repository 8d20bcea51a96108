// Scoring annotate output against gold files: the TypeScript port of
// ../shared/annotation/score.py, with the same matching rules and the same --json keys.
// Gold files of this repository carry no article text (the corpus is unlicensed), so span
// text for error lists is read from the annotated document when the gold has none.

export interface GoldSpan {
  start: number;
  end: number;
  text?: string;
}

export interface GoldEntity extends GoldSpan {
  type: string;
  name: string;
}

export interface GoldTimex extends GoldSpan {
  type: string;
  value: string;
  mod?: string;
  value_scored?: boolean;
}

export interface GoldEvent {
  type: string;
  /** The trigger's text (seed.gold.json) or its offsets (our gold files). */
  trigger: string | GoldSpan;
  actors: string[];
  date?: string | null;
  location?: string | null;
  mode: string;
}

export interface GoldQuote extends GoldSpan {
  speaker: string | null;
}

export interface GoldFile {
  id?: string;
  source?: string;
  index?: number;
  document_date: string | null;
  language?: string;
  /** The layers this file annotates (`entities`, `timexes`, `events`, `quotes`); absent: all. */
  layers?: Layer[];
  body_offset?: number;
  entities: GoldEntity[];
  timexes: GoldTimex[];
  events: GoldEvent[];
  quotes: GoldQuote[];
}

/** The prediction fields the scorer reads (the annotate output, loosely typed). */
export interface PredDoc {
  id?: string;
  text?: string;
  entities?: { start?: number; end?: number; type?: string; name?: string; text?: string }[];
  timexes?: { start: number; end: number; value?: string; mod?: string; text?: string }[];
  events?: { type?: string; actors?: string[]; date?: string | null; mode?: string; trigger?: { start: number; end: number; text?: string } }[];
  quotes?: { start: number; end: number; speaker?: string | null }[];
}

export type PRF = [number, number, number];

export interface ScoreResult {
  entity: PRF;
  entity_name_acc: number;
  timex_span: PRF;
  timex_value: PRF;
  event: PRF;
  event_mode_acc: number;
  quote: PRF;
  quote_speaker_acc: number;
  missing_docs: string[];
}

export interface ErrorLists {
  ent_fp: string[];
  ent_fn: string[];
  tx_fp: string[];
  tx_fn: string[];
  tx_bad: string[];
  ev_fp: string[];
  ev_fn: string[];
  /** Matched events whose mode differs from gold's (the misses of event_mode_acc). */
  ev_mode: string[];
  /** Matched quotes whose speaker differs from gold's (no metric: a listing for error analysis). */
  q_spk: string[];
}

/** The lists score.py prints, in its order. */
export const ERROR_KEYS = ["ent_fp", "ent_fn", "tx_fp", "tx_fn", "tx_bad", "ev_fp", "ev_fn"] as const;
/** Lists beyond score.py's, printed on request. */
export const EXTRA_ERROR_KEYS = ["ev_mode", "q_spk"] as const;

/** Running counts over many documents. */
export class Scorer {
  private n = {
    ent_pred: 0, ent_gold: 0, ent_tp: 0, ent_name_ok: 0,
    tx_pred: 0, tx_gold: 0, tx_gold_val: 0, tx_tp: 0, tx_val_ok: 0, tx_pred_val_skip: 0,
    ev_pred: 0, ev_gold: 0, ev_tp: 0, ev_mode_ok: 0,
    q_pred: 0, q_gold: 0, q_tp: 0, q_spk_ok: 0,
  };
  readonly errors: ErrorLists = { ent_fp: [], ent_fn: [], tx_fp: [], tx_fn: [], tx_bad: [], ev_fp: [], ev_fn: [], ev_mode: [], q_spk: [] };
  readonly missing: string[] = [];

  /** Scores one document; `pred` undefined means the system gave nothing for it. */
  add(gold: GoldFile, pred: PredDoc | undefined, text?: string): void {
    const id = goldId(gold);
    if (!pred) {
      this.missing.push(id);
      pred = {};
    }
    [gold, pred] = onlyDeclaredLayers(gold, pred);
    const body = text ?? pred.text;
    const spanText = (s: GoldSpan) => s.text ?? (body !== undefined ? body.slice(s.start, s.end) : `${s.start}-${s.end}`);
    const n = this.n, err = this.errors;
    const triggerText = (g: GoldEvent) => (typeof g.trigger === "string" ? g.trigger : spanText(g.trigger));

    // entities: exact span + type (gold keyed like score.py: a repeated key counts once)
    const gset = new Map<string, GoldEntity>();
    for (const e of gold.entities) gset.set(key(e.start, e.end, e.type), e);
    const pe = pred.entities ?? [];
    n.ent_pred += pe.length;
    n.ent_gold += gset.size;
    const pkeys = new Set<string>();
    for (const e of pe) {
      const k = key(e.start, e.end, e.type);
      pkeys.add(k);
      const g = gset.get(k);
      if (g) {
        n.ent_tp++;
        if ((e.name || "") === g.name) n.ent_name_ok++;
      } else err.ent_fp.push(`${id}: ${pyRepr(e.text)} ${e.type}`);
    }
    for (const [k, g] of gset) if (!pkeys.has(k)) err.ent_fn.push(`${id}: ${pyRepr(spanText(g))} ${g.type}`);

    // timexes: overlapping span, each gold used once; value (+ mod where gold has one)
    const gt = gold.timexes;
    let used = new Set<number>();
    const pt = pred.timexes ?? [];
    n.tx_pred += pt.length;
    n.tx_gold += gt.length;
    n.tx_gold_val += gt.filter((g) => g.value_scored !== false).length;
    for (const t of pt) {
      const m = gt.findIndex((g, i) => !used.has(i) && overlap(t, g) > 0);
      if (m < 0) {
        err.tx_fp.push(`${id}: ${pyRepr(t.text)}`);
        continue;
      }
      used.add(m);
      const g = gt[m];
      n.tx_tp++;
      if (g.value_scored === false) {
        n.tx_pred_val_skip++;
        continue;
      }
      const ok = t.value === g.value && (g.mod === undefined || t.mod === g.mod);
      if (ok) n.tx_val_ok++;
      else err.tx_bad.push(`${id}: ${pyRepr(spanText(g))} gold=${g.value}${g.mod !== undefined ? "/" + g.mod : ""} got=${pyStr(t.value)}${t.mod ? "/" + t.mod : ""}`);
    }
    gt.forEach((g, i) => { if (!used.has(i)) err.tx_fn.push(`${id}: ${pyRepr(spanText(g))}`); });

    // events: same type, equal date (document date accepted for gold null), >= 1 shared actor
    const ge = gold.events;
    used = new Set<number>();
    const pv = pred.events ?? [];
    n.ev_pred += pv.length;
    n.ev_gold += ge.length;
    for (const v of pv) {
      const actors = new Set(v.actors ?? []);
      const m = ge.findIndex((g, i) => !used.has(i) && g.type === v.type
        && dateOk(v.date ?? null, g.date ?? null, gold) && g.actors.some((a) => actors.has(a)));
      if (m < 0) {
        err.ev_fp.push(`${id}: ${v.type} ${pyList([...actors].sort(byCodePoint))} ${pyStr(v.date ?? null)}`);
        continue;
      }
      used.add(m);
      n.ev_tp++;
      const g = ge[m];
      if (v.mode === g.mode) n.ev_mode_ok++;
      else {
        const said = v.trigger && v.trigger.start !== (typeof g.trigger === "string" ? -1 : g.trigger.start) ? ` got ${pyRepr(spanText(v.trigger))}` : "";
        err.ev_mode.push(`${id}: ${g.type} ${pyList(g.actors)} ${g.mode} -> ${pyStr(v.mode)} (${triggerText(g)})${said}`);
      }
    }
    ge.forEach((g, i) => {
      if (used.has(i)) return;
      err.ev_fn.push(`${id}: ${g.type} ${pyList(g.actors)} ${pyStr(g.date ?? null)} (${triggerText(g)})`);
    });

    // quotes: overlap of at least half the gold quote's length
    const gq = gold.quotes;
    used = new Set<number>();
    const pq = pred.quotes ?? [];
    n.q_pred += pq.length;
    n.q_gold += gq.length;
    for (const q of pq) {
      const m = gq.findIndex((g, i) => !used.has(i) && overlap(q, g) * 2 >= g.end - g.start);
      if (m < 0) continue;
      used.add(m);
      n.q_tp++;
      if (q.speaker === gq[m].speaker) n.q_spk_ok++;
      else err.q_spk.push(`${id}: ${q.start} ${pyRepr(spanText(gq[m]).slice(0, 40))} gold=${pyStr(gq[m].speaker)} got=${pyStr(q.speaker)}`);
    }
  }

  result(): ScoreResult {
    const n = this.n;
    return {
      entity: prf(n.ent_tp, n.ent_pred, n.ent_gold),
      entity_name_acc: n.ent_tp ? n.ent_name_ok / n.ent_tp : 0,
      timex_span: prf(n.tx_tp, n.tx_pred, n.tx_gold),
      timex_value: prf(n.tx_val_ok, n.tx_pred - n.tx_pred_val_skip, n.tx_gold_val),
      event: prf(n.ev_tp, n.ev_pred, n.ev_gold),
      event_mode_acc: n.ev_tp ? n.ev_mode_ok / n.ev_tp : 0,
      quote: prf(n.q_tp, n.q_pred, n.q_gold),
      quote_speaker_acc: n.q_tp ? n.q_spk_ok / n.q_tp : 0,
      missing_docs: [...this.missing],
    };
  }
}

export const LAYERS = ["entities", "timexes", "events", "quotes"] as const;
export type Layer = (typeof LAYERS)[number];

/** A gold file that declares its layers is scored on those alone: other layers count nothing. */
function onlyDeclaredLayers(gold: GoldFile, pred: PredDoc): [GoldFile, PredDoc] {
  if (!gold.layers) return [gold, pred];
  const g: GoldFile = { ...gold }, p: PredDoc = { ...pred };
  for (const k of LAYERS) if (!gold.layers.includes(k)) { g[k] = []; p[k] = []; }
  return [g, p];
}

/** The id a gold file scores against: its `id`, else one made from its `source`. */
export function goldId(g: GoldFile): string {
  if (g.id) return g.id;
  if (g.source === "banker.az") return `banker-${g.index}`;
  const s = g.source ?? "";
  const dot = s.lastIndexOf(".");
  return dot >= 0 ? s.slice(0, dot) : s;
}

export function prf(tp: number, npred: number, ngold: number): PRF {
  const p = npred ? tp / npred : ngold ? 0 : 1;
  const r = ngold ? tp / ngold : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [p, r, f];
}

/** The report score.py prints without --json. */
export function formatResult(r: ScoreResult): string {
  const lines: string[] = [];
  for (const [k, v] of Object.entries(r)) {
    if (k === "missing_docs") continue;
    const name = k.padEnd(16);
    if (Array.isArray(v)) lines.push(`${name} P=${(v[0] as number).toFixed(3)} R=${(v[1] as number).toFixed(3)} F1=${(v[2] as number).toFixed(3)}`);
    else lines.push(`${name} ${(v as number).toFixed(3)}`);
  }
  if (r.missing_docs.length) lines.push(`missing documents: ${r.missing_docs.join(" ")}`);
  return lines.join("\n");
}

/** The error lists, at most `limit` items each, as score.py --errors prints them (`extra`: and ours). */
export function formatErrors(e: ErrorLists, limit = 60, extra = false): string {
  const lines: string[] = [];
  for (const k of extra ? [...ERROR_KEYS, ...EXTRA_ERROR_KEYS] : ERROR_KEYS) {
    lines.push(`## ${k} (${e[k].length})`);
    for (const x of e[k].slice(0, limit)) lines.push(`   ${x}`);
  }
  return lines.join("\n");
}

function key(start: unknown, end: unknown, type: unknown): string {
  return JSON.stringify([start ?? null, end ?? null, type ?? null]);
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

function dateOk(pred: string | null, goldDate: string | null, gold: GoldFile): boolean {
  // an undated gold event also accepts the document date (systems may default to it)
  return pred === goldDate || (goldDate === null && pred === (gold.document_date ?? null));
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Python's str() and repr(), so error lines read the same as score.py's.
function pyStr(v: unknown): string {
  return v === null || v === undefined ? "None" : String(v);
}

function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  const s = String(v);
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
}

function pyList(xs: string[]): string {
  return `[${xs.map(pyRepr).join(", ")}]`;
}
