// The compiled trigger index and form reader of a set of event tables, built once per table set.
import type { EventTables } from "./tables.js";
import { FormReader } from "./forms.js";
import { TriggerIndex } from "./triggers.js";

export interface Engine { forms: FormReader; index: TriggerIndex }
const engines = new WeakMap<EventTables, Engine>();

export function engineFor(t: EventTables): Engine {
  let e = engines.get(t);
  if (!e) {
    const forms = FormReader.for(t.suffixes);
    e = { forms, index: new TriggerIndex(t, forms) };
    engines.set(t, e);
  }
  return e;
}
