// Recall audit of the event stage's checks on a hit in quoted speech, in the passive or active only, an infinitive,
// a condition, a mode-only entry, a question and a capitalised word (the `return [];` of `eventsOf` at lines 88, 100,
// 164, 170, 172, 173, 185, 186, 187, 191, 242, 244, 247). Invented sentences.
import { test } from "node:test";
import { noEvent, oneEvent } from "./helpers-events.js";

// line 88: a noun in quoted speech tells an event only as the predicate; one closing its own sentence of a quotation
// that goes on is the predicate as much as one closing the quotation (`closesQuotation`)
test("a denial closing its sentence inside a quotation that goes on is the speaker's (REJECT)", () => {
  oneEvent("Nazirliyin şöbə müdiri Kamran Əliyev deyib: “Tenderin saxtalaşdırılması qeyri-mümkündür və iddialar əsassızdır. Bütün nəticələr açıqdır”.",
    "REJECT", ["Kamran Əliyev"]);
  // (as it was when the denial closed the quotation itself)
  oneEvent("Nazirliyin şöbə müdiri Kamran Əliyev deyib: “Tenderin saxtalaşdırılması qeyri-mümkündür və iddialar əsassızdır”.", "REJECT", ["Kamran Əliyev"]);
});

test("a noun inside a sentence of a quotation that goes on still names a topic, no event", () => {
  noEvent("Nazirliyin şöbə müdiri Kamran Əliyev deyib: “Biz görüşlər haqqında heç nə bilmirik. Bütün nəticələr açıqdır”.");
  // (a baseless thing that is no claim denies nothing: the entry wants a claim in its clause)
  noEvent("Nazirliyin şöbə müdiri Kamran Əliyev deyib: “Bazarda bu qiymətlər əsassızdır. Bütün nəticələr açıqdır”.", "REJECT");
});
