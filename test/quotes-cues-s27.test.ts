// Cue shapes of direct speech: a quotation resumed after its cue and a comma (`"A", - deyə o bildirib, "B"`), a headline's
// lead-in that is only a name (`"…" - Ərdoğan`), a dashed cue whose speech verb closes the sentence further on, and a
// profession noun (`diplomat`) naming a person introduced by office.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const quotes = (text: string) => (annotate({ id: "t", text, document_date: "2025-06-10" }).quotes ?? []).map((q) => [q.text, q.speaker]);

test("speech resumed after a dashed cue and a comma keeps the cue's speaker", () => {
  const text = "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan Ankarada çıxış edib. " +
    "\"Azərbaycan bizim qardaşımızdır\", - deyə o bildirib, \"Biz hər zaman onun yanındayıq\". Ərdoğan daha sonra Əliyevə zəng edib.";
  assert.deepEqual(quotes(text), [
    ["Azərbaycan bizim qardaşımızdır", "Rəcəb Tayyib Ərdoğan"],
    ["Biz hər zaman onun yanındayıq", "Rəcəb Tayyib Ərdoğan"],
  ]);
  // a title noun as the cue's subject: its holder named before
  const titled = "Nazir Ceyhun Bayramov bəyanat verib. \"Sülh yaxındır\", - deyə nazir bildirib, \"ümid edirik ki, saziş imzalanacaq\".";
  assert.deepEqual(quotes(titled).map((q) => q[1]), ["Ceyhun Bayramov", "Ceyhun Bayramov"]);
});

test("a quoted name after the cue is no resumed speech", () => {
  // one word, and a title the next word names (`adlı`)
  for (const rest of ["\"Qarabağ\" adlı filmdən danışarkən.", "\"Qarabağ Dirçəliş Fondu\" adlı qurumun tədbirində."]) {
    const text = "\"Sülh yaxındır\", - deyə nazir Ceyhun Bayramov bildirib, " + rest;
    assert.deepEqual(quotes(text), [["Sülh yaxındır", "Ceyhun Bayramov"]]);
  }
  // a full stop after the cue ends it: the next quotation needs a cue of its own
  const stopped = "\"Sülh yaxındır\", - deyə nazir Ceyhun Bayramov bildirib. \"Qarabağ\" filmi nümayiş olunub.";
  assert.deepEqual(quotes(stopped), [["Sülh yaxındır", "Ceyhun Bayramov"]]);
});

test("a headline's dashed lead-in that is only a name names the speaker; a lead-in telling more names no one", () => {
  const speakerOf = (text: string) => quotes(text).map((q) => q[1]);
  assert.deepEqual(speakerOf("\"Türkiyə və Azərbaycan bir millətdir\" - Ərdoğan"), ["Ərdoğan"]);
  assert.deepEqual(speakerOf("\"Danışıqlar davam edəcək\" - Kreml"), ["Kreml"]);
  // a place alone, a description and a name in another case are no speaker named by the lead-in
  assert.deepEqual(speakerOf("\"Yenidən öz torpaqlarımızdayam\" - Xocavənd"), [null]);
  assert.deepEqual(speakerOf("\"Nə taksi gəlir, nə təcili yardım\" - Maştağa sakinlərinin problemi"), [null]);
  assert.deepEqual(speakerOf("\"Sülh sazişi bu il imzalana bilər\" - Paşinyandan sonra"), [null]);
  // a name in the ablative before a document noun is the statement's source; unnamed ones stay nobody
  assert.deepEqual(speakerOf("\"Sülh sazişi bu il imzalana bilər\" - Paşinyandan açıqlama"), ["Paşinyan"]);
  assert.deepEqual(speakerOf("\"Bakı ilə danışıqlar davam edir\" - Kremldən bəyanat"), ["Kreml"]);
  assert.deepEqual(speakerOf("\"Nömrə adından çıxarılır, amma xəbərin yoxdur\" - Mobil operatorlardan açıqlama"), [null]);
});

test("a dashed cue naming its speaker and closing the sentence ties a short quotation, however far its verb", () => {
  assert.deepEqual(quotes("\"Müharibə bitməlidir\", - Zelenski sosial şəbəkə hesabında yazıb."), [["Müharibə bitməlidir", "Zelenski"]]);
  // look-alike: the verb goes on into another clause, and a short quotation stays unattributed
  assert.deepEqual(quotes("\"Müharibə bitməlidir\", - Zelenski sosial şəbəkə hesabında yazıb və Trampa təşəkkür edib."), []);
});

test("a diplomat in a cue is the official named before by office", () => {
  const text = "Rusiya XİN-in rəsmi nümayəndəsi Mariya Zaxarova brifinqdə danışıb. " +
    "\"Biz Bakı ilə münasibətlərin inkişafında maraqlıyıq\", - deyə diplomat vurğulayıb.";
  assert.deepEqual(quotes(text).map((q) => q[1]), ["Mariya Zaxarova"]);
});
