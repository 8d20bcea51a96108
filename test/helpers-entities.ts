// Whole-pipeline readers for the entity tests: a text annotated on a fixed date, its entities, and one by its surface.
import { annotate } from "../src/pipeline.js";
import type { Doc, Entity } from "../src/text/doc.js";

export function annotated(text: string, document_date = "2025-11-20"): Doc {
  return annotate({ id: "t", text, document_date });
}

export function entitiesOf(text: string): Entity[] {
  return annotated(text).entities;
}

/** The entity of `text` whose surface is `surface`, if any. */
export function findEntity(text: string, surface: string): Entity | undefined {
  return entitiesOf(text).find((e) => e.text === surface);
}

/** `text` has an entity whose surface is `surface`. */
export function hasEntity(text: string, surface: string): boolean {
  return entitiesOf(text).some((e) => e.text === surface);
}
