// An article body with its annotation layers as coloured spans. Layers may overlap (a name inside
// a quote), so the text is cut at every span boundary and each piece wrapped by what covers it.
// Everything is rendered as text nodes: article text is never parsed as HTML.
import type { ComponentChildren } from "preact";
import { entityRef, type StoredArticle } from "../api";
import { formatDate, useI18n } from "../i18n";
import { href } from "../router";

export type Kind = "entity" | "timex" | "trigger" | "quote";
interface Span { start: number; end: number; kind: Kind; index: number }

export const spanId = (kind: Kind, index: number) => `ann-${kind}-${index}`;

function spansOf(a: StoredArticle): Span[] {
  const out: Span[] = [];
  const add = (kind: Kind, list: { start: number; end: number }[]) =>
    list.forEach((s, index) => s.end > s.start && out.push({ start: s.start, end: s.end, kind, index }));
  add("quote", a.quotes);
  add("entity", a.entities);
  add("timex", a.timexes);
  add("trigger", a.events.map((e) => e.trigger));
  return out;
}

export function AnnotatedText({ article }: { article: StoredArticle }) {
  const { t, lang } = useI18n();
  const text = article.text;
  const spans = spansOf(article);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const firstPiece = new Set<string>();
  const pieces: ComponentChildren[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i], b = cuts[i + 1];
    let node: ComponentChildren = text.slice(a, b);
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    // innermost first: trigger, date, name, then the quote around them
    for (const kind of ["trigger", "timex", "entity", "quote"] as Kind[]) {
      const s = over.find((x) => x.kind === kind);
      if (!s) continue;
      const key = `${kind}-${s.index}`;
      const id = firstPiece.has(key) ? undefined : spanId(kind, s.index);
      firstPiece.add(key);
      if (kind === "trigger") {
        const ev = article.events[s.index];
        node = <span id={id} class="ann trigger" title={`${t.types[ev.type] ?? ev.type} (${ev.type}) · ${t.modes[ev.mode] ?? ev.mode}`}>{node}</span>;
      } else if (kind === "timex") {
        const tx = article.timexes[s.index];
        const tip = `${t.article.resolved}: ${formatDate(tx.value, lang)}${tx.endValue ? ` – ${formatDate(tx.endValue, lang)}` : ""} (${tx.value})`;
        node = <span id={id} class="ann timex" tabIndex={0} title={tip} data-tip={tip}>{node}</span>;
      } else if (kind === "entity") {
        const e = article.entities[s.index];
        node = <a id={id} class={`ann ent ent-${e.type}`} href={href("entity", entityRef(e))} title={`${e.name}${e.name_en ? ` · ${e.name_en}` : ""} (${t.entityTypes[e.type] ?? e.type})`}>{node}</a>;
      } else {
        const q = article.quotes[s.index];
        node = <span id={id} class="ann quote" title={`${t.article.speaker}: ${q.speaker ?? t.article.unknownSpeaker}`}>{node}</span>;
      }
    }
    pieces.push(<span key={a}>{node}</span>);
  }
  return <div class="article-text" lang={article.language}>{pieces}</div>;
}
