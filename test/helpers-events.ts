// Builds documents for the events and quotes tests: the real pipeline up to morphology, with
// entity and timex layers set by hand so the tests do not depend on those stages.
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";
import type { Doc, EntityType, Event } from "../src/text/doc.js";
import { extractEvents } from "../src/extract/events/index.js";
import { getLanguage } from "../src/lang/index.js";

export function docOf(text: string, document_date = "2025-10-08"): Doc {
  return annotate({ id: "t", text, document_date }, { until: "morphology" });
}

function nth(doc: Doc, text: string, n: number): number {
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = doc.text.indexOf(text, at + 1);
    if (at < 0) throw new Error(`not in text: ${text}`);
  }
  return at;
}

export function entity(doc: Doc, text: string, type: EntityType, name: string, n = 0): void {
  const start = nth(doc, text, n);
  doc.entities.push({ start, end: start + text.length, text, type, name });
  doc.entities.sort((a, b) => a.start - b.start);
}

export function timex(doc: Doc, text: string, value: string, n = 0): void {
  const start = nth(doc, text, n);
  doc.timexes.push({ start, end: start + text.length, text, type: "DATE", value });
  doc.timexes.sort((a, b) => a.start - b.start);
}

/** The events of `text` with the entities given by hand ([surface, type, canonical name]). */
export function eventsWith(text: string, ents: [string, EntityType, string][]): Event[] {
  const d = docOf(text);
  for (const [surface, type, name] of ents) entity(d, surface, type, name);
  return extractEvents(d, getLanguage("az"));
}

/** The events of `text` through the whole pipeline (entities and timexes found by their stages). */
export function pipelineEvents(text: string, document_date = "2025-11-20"): Event[] {
  return annotate({ id: "t", text, document_date }).events ?? [];
}

/** `text` tells exactly one event: of `type`, in `mode`, with each of `actors` among its sides. */
export function oneEvent(text: string, type: string, actors: string[], mode = "asserted"): void {
  const ev = pipelineEvents(text);
  assert.equal(ev.length, 1, `${text}: ${JSON.stringify(ev.map((e) => [e.type, e.actors]))}`);
  assert.equal(ev[0].type, type, text);
  assert.equal(ev[0].mode, mode, text);
  for (const a of actors) assert.ok(ev[0].actors.includes(a), `${text}: ${ev[0].actors}`);
}

/** `text` tells an event of `type`, in `mode`, with each of `actors` among its sides (other events may come with it). */
export function tellsEvent(text: string, type: string, actors: string[], mode = "asserted"): void {
  const ev = pipelineEvents(text);
  const e = ev.find((x) => x.type === type);
  assert.ok(e, `${type} in «${text}»: ${JSON.stringify(ev.map((x) => x.type))}`);
  for (const a of actors) assert.ok(e.actors.includes(a), `${a} in ${JSON.stringify(e.actors)} of «${text}»`);
  assert.equal(e.mode, mode, text);
}

/** `text` tells no event (of `type`, where given). */
export function noEvent(text: string, type?: string): void {
  const ev = pipelineEvents(text).filter((e) => type === undefined || e.type === type);
  assert.equal(ev.length, 0, `${text}: ${JSON.stringify(ev.map((e) => [e.type, e.actors]))}`);
}

/** The types of the events of `text`. */
export function eventTypes(text: string): string[] {
  return pipelineEvents(text).map((e) => e.type);
}

/** `text` tells an event of `type` with `actor` among its sides. */
export function hasEvent(text: string, type: string, actor: string): boolean {
  return pipelineEvents(text).some((e) => e.type === type && e.actors.includes(actor));
}
