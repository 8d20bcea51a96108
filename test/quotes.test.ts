import { test } from "node:test";
import assert from "node:assert/strict";
import { getLanguage } from "../src/lang/index.js";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { docOf, entity } from "./helpers-events.js";

const az = getLanguage("az");

test("a quotation with the speaker after a dash: `\"…\", - deyə X bildirib`", () => {
  const d = docOf('"Sülh danışıqları uğurla davam edir", - deyə Con Smit bildirib.');
  entity(d, "Con Smit", "PER", "Con Smit");
  const [q, ...rest] = extractQuotes(d, az);
  assert.equal(rest.length, 0);
  assert.equal(q.text, "Sülh danışıqları uğurla davam edir");
  assert.equal(d.text.slice(q.start, q.end), q.text);
  assert.equal(q.speaker, "Con Smit");
  assert.match(q.cue ?? "", /bildirib/);
});

test("a quotation over several sentences after `O, … deyib:` goes to the person in focus", () => {
  const d = docOf('Con Smit Bakıya gəlib. O, jurnalistlərə deyib: «Biz burada yeni layihələri müzakirə edəcəyik. Bu, vacib addımdır».');
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Bakıya", "LOC", "Bakı");
  const [q] = extractQuotes(d, az);
  assert.equal(q.text, "Biz burada yeni layihələri müzakirə edəcəyik. Bu, vacib addımdır");
  assert.equal(q.speaker, "Con Smit");
});

test("an attribution frame names the speaker; an impersonal cue goes to the source named before", () => {
  const d = docOf('Xarici İşlər Nazirliyinin məlumatına görə, “yeni qaydalar gələn aydan qüvvəyə minəcək”. “Vətəndaşlar əvvəlcədən məlumatlandırılacaq”, - məlumatda əlavə edilir.');
  entity(d, "Xarici İşlər Nazirliyinin", "ORG", "Xarici İşlər Nazirliyi");
  const qs = extractQuotes(d, az);
  assert.equal(qs.length, 2);
  assert.ok(qs.every((q) => q.speaker === "Xarici İşlər Nazirliyi"));
});

test("quoted names and single terms are not quotations", () => {
  const d = docOf('Şirkət "Azərenerji" ASC ilə "Mərkəzi Asiya-Rusiya" sammiti barədə müqavilə imzalayıb və bunu "vacib" adlandırıb. "Bakı Fond Birjası"nın səhmləri artıb.');
  assert.deepEqual(extractQuotes(d, az), []);
});

test("an outer quotation that opens with an inner one: one quotation, the outer", () => {
  const d = docOf('Con Smit danışıb. “Sazişdən çıxma barədə” qanun layihəsi hökumət tərəfindən təsdiqlənib”, – deyə o yazıb.');
  entity(d, "Con Smit", "PER", "Con Smit");
  const qs = extractQuotes(d, az);
  assert.equal(qs.length, 1);
  assert.equal(qs[0].text, "Sazişdən çıxma barədə” qanun layihəsi hökumət tərəfindən təsdiqlənib");
  assert.equal(qs[0].speaker, "Con Smit");
});

test("a speaker named in the next sentence: `\"…\". Bunu X deyib.`", () => {
  const d = docOf('Dünyada vəziyyət gərgindir. "Hər şey tezliklə dəyişəcək və qiymətlər aşağı düşəcək". Bunu Donald Tramp müsahibəsində deyib.');
  entity(d, "Donald Tramp", "PER", "Donald Tramp");
  const [q] = extractQuotes(d, az);
  assert.equal(q.speaker, "Donald Tramp");
});

test("a body followed by an office noun (`Ağ Ev lideri`) speaks as the person in focus", () => {
  const d = docOf('Con Smit Bakıya gəlib. "Biz burada yeni layihələri müzakirə edəcəyik", - Ağ Ev lideri vurğulayıb.');
  entity(d, "Con Smit", "PER", "Con Smit");
  entity(d, "Bakıya", "LOC", "Bakı");
  entity(d, "Ağ Ev", "ORG", "Ağ Ev");
  const [q] = extractQuotes(d, az);
  assert.equal(q.speaker, "Con Smit");
});

test("`X-in (ABBR) məlumatında bildirilir` makes X the source of a later impersonal quotation", () => {
  const d = docOf('Bu barədə Nəzarət İdarəsinin (Nİ) məlumatında bildirilir. "Daha beş gəmi də siyahıya daxil edilib", - məlumatda qeyd olunur.');
  entity(d, "Nəzarət İdarəsinin", "ORG", "Nəzarət İdarəsi");
  const [q] = extractQuotes(d, az);
  assert.equal(q.speaker, "Nəzarət İdarəsi");
});
