// Whole-pipeline event checks for tests written on invented sentences.
import assert from "node:assert/strict";
import { annotate } from "../../src/pipeline.js";

export const eventsOf = (text: string, document_date = "2025-11-20") => annotate({ id: "t", text, document_date }).events ?? [];

/** The text tells an event of `type` in `mode` with every one of `actors` among its sides. */
export function hasEvent(text: string, type: string, mode: string, actors: string[]): void {
  const ev = eventsOf(text);
  const e = ev.find((x) => x.type === type);
  assert.ok(e, `${text}: ${JSON.stringify(ev.map((x) => [x.type, x.actors, x.mode]))}`);
  assert.equal(e.mode, mode, text);
  for (const a of actors) assert.ok(e.actors.includes(a), `${text}: ${e.actors}`);
}
