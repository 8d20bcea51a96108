// Sentences written for these tests (cause stop 37, accuse) in the style of criticism news: a charge word (slander,
// provocation, disinformation, bias, aggression) in someone's speech is that speaker's charge against the side the clause
// names. Names, places and wording are invented; each shape has a look-alike that stays no charge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-10-08") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type);

test("a charge word in a reporting clause is its speaker's charge against the side the clause names", () => {
  const a = of("Nazir Kamil Rəsulov bildirib ki, Moldova tərəfi yenə də böhtan dolu açıqlamalar yayır.", "ACCUSE");
  assert.equal(a.length, 1);
  assert.deepEqual(a[0].actors, ["Kamil Rəsulov", "Moldova"]);
  // (a date in the clause is of what is charged: the charge is dated by its saying, here the news day)
  const b = of("Nazir Kamil Rəsulov bildirib ki, Moldova 2019-cu ildən bəri dezinformasiya kampaniyası aparır.", "ACCUSE");
  assert.equal(b.length, 1);
  assert.deepEqual(b[0].actors, ["Kamil Rəsulov", "Moldova"]);
  assert.notEqual(b[0].date, "2019");
});

test("a charge word inside quotation marks counts, though other nouns there only name a topic", () => {
  const a = of("Kamil Rəsulov: \"Moldova işğalçıdır və bunu hamı bilir\".", "ACCUSE");
  assert.equal(a.length, 1);
  assert.deepEqual(a[0].actors, ["Kamil Rəsulov", "Moldova"]);
  const b = of("\"Litva parlamentinin qərəzli qətnaməsi artıq qəbul olunub\", - deputat Aynur Sadıqova deyib.", "ACCUSE");
  assert.ok(b.some((e) => e.actors[0] === "Aynur Sadıqova" && e.actors.some((x) => x.startsWith("Litva"))));
});

test("a charge word no one voices, of no side, denied, an epithet or a phrase of its own stays no charge", () => {
  // (the writer's own words)
  assert.deepEqual(of("Litva parlamentinin qərəzli qətnaməsi müzakirə olunub.", "ACCUSE"), []);
  // (an epithet before a name)
  assert.deepEqual(of("Deputat Aynur Sadıqova bildirib ki, işğalçı Moldova ilə danışıqlar aparılmayacaq.", "ACCUSE"), []);
  // (denied)
  assert.deepEqual(of("Deputat Aynur Sadıqova bildirib ki, Moldova heç bir təxribat törətməyib.", "ACCUSE"), []);
  // (hostilities between two sides are no charge)
  assert.deepEqual(of("Nazir Kamil Rəsulov bildirib ki, Moldova-Litva düşmənçiliyi uzun illər sürüb.", "ACCUSE"), []);
  // (a provocation committed is the attack its own phrase reads)
  const c = events("Nazir Kamil Rəsulov bildirib ki, Moldova təxribat törədib.");
  assert.ok(c.some((e) => e.type === "ASSAULT"));
  assert.ok(!c.some((e) => e.type === "ACCUSE"));
});

test("a charge against a side told again in the same document is one charge", () => {
  const a = of("Moldova XİN Litvaya cavab verib. \"Litva tərəfinin təxribat xarakterli şərhləri davam edir\", - XİN sözçüsü Kamil Rəsulov bildirib.", "ACCUSE");
  assert.equal(a.filter((e) => e.actors.includes("Litva")).length, 1);
  // (told first, the charge stands)
  const b = of("\"Litva tərəfinin təxribat xarakterli şərhləri davam edir\", - XİN sözçüsü Kamil Rəsulov bildirib.", "ACCUSE");
  assert.ok(b.some((e) => e.actors[0] === "Kamil Rəsulov" && e.actors.includes("Litva")));
});

test("a charge word in a statement told after its source line is the source's charge, not the outlet's", () => {
  const text = "Moldova silahlı qüvvələri sərhəddə atəşkəsi pozub. Bu barədə Xəbərlər.az-a Müdafiə Nazirliyindən məlumat verilib. " +
    "Moldovanın addımları açıq təxribat və avantüra siyasətinin davamıdır.";
  const a = of(text, "ACCUSE");
  assert.equal(a.length, 1);
  assert.deepEqual(a[0].actors, ["Müdafiə Nazirliyi", "Moldova"]);
  // (with no source line, the writer's own words charge no one)
  assert.deepEqual(of("Moldova silahlı qüvvələri sərhəddə atəşkəsi pozub. Moldovanın addımları açıq təxribat və avantüra siyasətinin davamıdır.", "ACCUSE"), []);
});

test("a charge word said to be nothing but what it is, under a denial, is the charge asserted", () => {
  const a = of("\"Litva parlamentinin son qərarı təxribatdan başqa bir şey deyil\", - deputat Aynur Sadıqova deyib.", "ACCUSE");
  assert.equal(a.length, 1);
  assert.equal(a[0].actors[0], "Aynur Sadıqova");
  assert.equal(a[0].mode, "asserted");
  // (a charge plainly denied stays none)
  assert.deepEqual(of("Deputat Aynur Sadıqova bildirib ki, Litva parlamentinin son qərarı təxribat deyil.", "ACCUSE"), []);
});

test("a charge word no one is found to voice leaves its words to the phrase after it", () => {
  // (the voicing of harsh words against a side, ./events-pages-so.test.ts, read past the charge word)
  const a = of("Polşa deputatı Yan Kovalski Litvaya qarşı yolverilməz ifadələr işlədib.", "ACCUSE");
  assert.equal(a.length, 1);
  assert.deepEqual(a[0].actors, ["Yan Kovalski", "Litva"]);
});
