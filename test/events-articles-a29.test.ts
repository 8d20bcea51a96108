// Acts met in the errors of the studied real article sets (stop 29), told here in invented sentences: a vow to hold
// wrongdoers to account, a thing organised together with a named partner.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-08-01" }).events ?? [];
const types = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a side resolved to hold wrongdoers to account threatens (THREATEN 130), in quotation marks or out", () => {
  assert.ok(types("Nazir Elçin Quliyev bildirib: “Biz hücumu törədənləri məsuliyyətə cəlb etməkdə qərarlıyıq”.")
    .includes("THREATEN:Elçin Quliyev"));
  assert.ok(types("Elçin Quliyev deyib ki, Gürcüstan təxribatçıları məsuliyyətə cəlb etməkdə qərarlıdır.")
    .includes("THREATEN:Gürcüstan"));
  // look-alikes: resolve to do one's own duty threatens no one; people held to account are punished, no threat
  assert.deepEqual(events("Nazir Elçin Quliyev bildirib: “Biz bu vəzifəni yerinə yetirməkdə qərarlıyıq”.").filter((e) => e.type === "THREATEN"), []);
  assert.ok(!types("Gəncədə dörd məmur məsuliyyətə cəlb olunub.").some((x) => x.startsWith("THREATEN")));
});

test("a thing organised together with a named partner is joint work (COOPERATE 060); organised alone it is none", () => {
  assert.ok(types("Bakı Dövlət Universiteti Ankara Universiteti ilə birgə elmi konfrans təşkil edəcək.")
    .some((x) => x.startsWith("COOPERATE:") && x.includes("Ankara Universiteti")));
  assert.ok(types("Kapital Bank PAŞA Holding ilə birlikdə gənclər üçün müsabiqə təşkil edib.")
    .some((x) => x.startsWith("COOPERATE:") && x.includes("PAŞA Holding")));
  assert.ok(!types("Bakı Dövlət Universiteti elmi konfrans təşkil edib.").some((x) => x.startsWith("COOPERATE")));
  assert.ok(!types("Nazirlikdə birgə tədbir təşkil edilib.").some((x) => x.startsWith("COOPERATE")));
});

test("a lawsuit against a side joined accuses it (ACCUSE 115); a claim joined with no side or court is agreement, none", () => {
  assert.ok(types("Almaniyanın 200 şirkəti Google şirkətinə qarşı kollektiv iddiaya qoşulub.").includes("ACCUSE:Almaniya|Google"));
  assert.deepEqual(types("Nazir Elçin Quliyev bu iddiaya qoşulub."), []);
});
