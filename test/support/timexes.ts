// Whole-pipeline timex checks for tests written on invented sentences, against a document date of the test's choice.
import assert from "node:assert/strict";
import { annotate } from "../../src/index.js";

/** `tx` lists a text's timexes; `one` the one whose text is `span`; `none` asserts there is none. */
export function timexChecks(defaultDate: string) {
  const tx = (text: string, date = defaultDate) =>
    annotate({ id: "t", text, document_date: date }).timexes.map((t) => ({ text: t.text, type: t.type, value: t.value, mod: t.mod }));
  const one = (text: string, span: string, date = defaultDate) => {
    const all = tx(text, date);
    const hit = all.filter((t) => t.text === span);
    assert.equal(hit.length, 1, `${span} in ${JSON.stringify(all)}`);
    return hit[0];
  };
  const none = (text: string, date = defaultDate) => assert.deepEqual(tx(text, date), [], text);
  return { tx, one, none };
}
