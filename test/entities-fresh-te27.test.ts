// Entities on the studied set ent4 (te27): names with the father's name, a given name the document showed, a body's name
// with `və` inside; proved on sentences written for these tests, each with a look-alike that must keep its old reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/index.js";

const all = (text: string) => annotate({ id: "t", text, document_date: "2025-08-04" }).entities.map((e) => [e.text, e.type, e.name]);
const ents = (text: string) => all(text).map(([t, type]) => [t, type]);

test("given name, father's name, `oğlu`/`qızı`, surname: one person, named in full; the capitalised words after it are a name of their own", () => {
  assert.deepEqual(all("Rayon icra hakimiyyətinin başçısı vəzifəsinə Elşən Kamil oğlu Məmmədov təyin edilib."),
    [["Elşən Kamil oğlu Məmmədov", "PER", "Elşən Kamil oğlu Məmmədov"]]);
  assert.deepEqual(ents("Elşən Kamil oğlu Məmmədov Qəbələ Rayon İcra Hakimiyyətinin başçısı təyin edilib."),
    [["Elşən Kamil oğlu Məmmədov", "PER"], ["Qəbələ Rayon İcra Hakimiyyətinin", "ORG"]]);
  // (a surname in a case: the name in the nominative; a title or a common word opening the sentence stays outside)
  assert.deepEqual(all("Qərarla Kamil Əli oğlu Həsənova mükafat verilib."), [["Kamil Əli oğlu Həsənova", "PER", "Kamil Əli oğlu Həsənov"]]);
  assert.deepEqual(ents("İclasda Sədr Elşən Kamil oğlu Məmmədov çıxış edib."), [["Elşən Kamil oğlu Məmmədov", "PER"]]);
  // look-alikes: someone's son (a genitive owner), and a list of names written surname first
  assert.deepEqual(ents("Akademik Tofiq İsmayılovun oğlu Bakıda yaşayır."), [["Tofiq İsmayılovun", "PER"], ["Bakıda", "LOC"]]);
  assert.deepEqual(ents("Siyahıda Həsənov Anar Rasim oğlu Quliyeva Səbinə Elman qızı Məmmədov Orxan Vaqif oğlu var."),
    [["Həsənov Anar Rasim oğlu", "PER"], ["Quliyeva Səbinə Elman qızı", "PER"], ["Məmmədov Orxan Vaqif oğlu", "PER"]]);
});

test("the surname alone after such a name is the person; a given name the document showed opens a name later", () => {
  assert.deepEqual(all("Bu gün Nərgiz Tofiq qızı Hüseynova direktor təyin olunub. Hüseynovanın fəaliyyəti yüksək qiymətləndirilib."),
    [["Nərgiz Tofiq qızı Hüseynova", "PER", "Nərgiz Tofiq qızı Hüseynova"], ["Hüseynovanın", "PER", "Nərgiz Tofiq qızı Hüseynova"]]);
  assert.deepEqual(ents("Şirkətin payı Ülviyyə Sabir qızı Kərimovaya keçib. Bununla da, Ülviyyə Kərimovanın payı artıb."),
    [["Ülviyyə Sabir qızı Kərimovaya", "PER"], ["Ülviyyə Kərimovanın", "PER"]]);
  // given name first, a given name the tables lack, surname of a distinctive shape, the father's name closing it
  assert.deepEqual(all("Məhkəmə Nüşabə Qəmbərova Rafiq qızına cərimə təyin edib."), [["Nüşabə Qəmbərova Rafiq qızına", "PER", "Nüşabə Qəmbərova Rafiq qızı"]]);
});

test("a body's name with `və` inside after a bare noun of service to someone is one name; two bodies stay two", () => {
  assert.deepEqual(ents("Nazirlər Kabineti yanında Əhaliyə Xidmət və Rəqəmsal İnkişaf üzrə Dövlət Agentliyinin əməkdaşları gəlib."),
    [["Nazirlər Kabineti yanında Əhaliyə Xidmət və Rəqəmsal İnkişaf üzrə Dövlət Agentliyinin", "ORG"]]);
  // look-alikes: two banks, a fund and a ministry
  assert.deepEqual(ents("Kapital Bank və Paşa Bank birgə layihə açıb."), [["Kapital Bank", "ORG"], ["Paşa Bank", "ORG"]]);
  assert.deepEqual(ents("Gənclər Fondu və Təhsil Nazirliyinin nümayəndələri görüşüb.").map(([t]) => t), ["Gənclər Fondu", "Təhsil Nazirliyinin"]);
});
