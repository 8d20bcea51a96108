// Quote speakers, on texts written for these tests (stop 23): a pronoun opening a speech clause before a colon is the
// source the sentence before named (`Bu barədə X … məlumat verib. O bildirib ki, …: “…”`); a frame opening the clause
// before a colon names the speaker when the quotation stands as its own paragraph (`Onun sözlərinə görə, …: ¶ “…”`); a
// passive speech clause opened by a document noun (`Müraciətdə … xahiş olunub: “…”`) quotes that document's issuer, not
// a name inside what is asked; the grammatical subject of a passive verb before a colon (`X düyünü çözülür: “…”`) is
// no one who speaks; a body noun that only qualifies an office (`X-in aparat rəhbəri Y`) leaves the speaking to the
// office's holder; a speaker written by initials (`P.Ş`) is the one person the article names with those initials; a
// headline `"…" - <lead-in>` quotes someone unnamed; `X sakinlərindən … sözlər:` gives the place X; a quotation whose
// closing mark is lost runs to the end of its paragraph; a passive speech verb after `X-in … bəyanatında` quotes X.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" });
const speakers = (text: string) => (doc(text).quotes ?? []).map((q) => `${q.speaker}: ${q.text.slice(0, 20)}`);

test("a pronoun opening `O bildirib ki, …:` is the source the sentence before named", () => {
  const text = "Bu barədə Torpaq Agentliyinin sədri Rəna Qasımova Prezident Elvin Məmmədov tərəfindən imzalanan fərmanla bağlı keçirilən brifinqdə məlumat verib.\n\nO bildirib ki, yeni qaydalar bütün vətəndaşlara şamil olunacaq:\n\n“Sənədlər yoxlanıldıqdan sonra vətəndaşlar mülkiyyət hüququ əldə edəcəklər. Bu proses bir ay çəkəcək”.";
  assert.deepEqual(speakers(text), ["Rəna Qasımova: Sənədlər yoxlanıldıq"]);
  // look-alike: a speaker named in the clause itself is kept
  const named = "Bu barədə Torpaq Agentliyinin sədri Rəna Qasımova brifinqdə məlumat verib.\n\nNazir Elvin Məmmədov isə bildirib ki, yeni qaydalar bütün vətəndaşlara şamil olunacaq:\n\n“Sənədlər yoxlanıldıqdan sonra vətəndaşlar mülkiyyət hüququ əldə edəcəklər”.";
  assert.deepEqual(speakers(named), ["Elvin Məmmədov: Sənədlər yoxlanıldıq"]);
});

test("a frame opening the clause before a colon names the speaker of a quotation in its own paragraph", () => {
  const text = "Bunu səhiyyə naziri Kamal Rzayev Bakıda keçirilən konfransda bildirib.\n\nOnun sözlərinə görə, Bakı Tibb Universitetinin (BTU) nəzdində yeni mərkəzin yaradılması istiqamətində işlər aparılır:\n\n“Gələn ildən etibarən altı yeni ixtisas üzrə mütəxəssis hazırlığına başlanılacaq”.";
  assert.deepEqual(speakers(text), ["Kamal Rzayev: Gələn ildən etibarən"]);
  // look-alike: the same quotation in the frame's own paragraph was read so already
  const inline = "Bunu səhiyyə naziri Kamal Rzayev Bakıda keçirilən konfransda bildirib. Onun sözlərinə görə, Bakı Tibb Universitetinin (BTU) nəzdində yeni mərkəzin yaradılması istiqamətində işlər aparılır: “Gələn ildən etibarən altı yeni ixtisas üzrə mütəxəssis hazırlığına başlanılacaq”.";
  assert.deepEqual(speakers(inline), ["Kamal Rzayev: Gələn ildən etibarən"]);
});

test("a passive speech clause opened by a document noun quotes the document's issuer", () => {
  const text = "Azərbaycanın Fransadakı səfirliyi vətəndaşlara müraciət edərək onları ehtiyatlı olmağa çağırıb.\n\nMüraciətdə vətəndaşlardan Fransanın yerli qurumları tərəfindən verilən təlimatlara əməl etmələri xahiş olunub:\n\n“Təhlükə ilə bağlı məlumatların vaxtında alınması üçün mobil tətbiqlərin yüklənməsi vacibdir”.";
  assert.deepEqual(speakers(text), ["Azərbaycanın Fransadakı səfirliyi: Təhlükə ilə bağlı mə"]);
  // look-alike: a body speaking in the clause by name keeps its words
  const named = "Azərbaycanın Fransadakı səfirliyi vətəndaşlara müraciət edərək onları ehtiyatlı olmağa çağırıb.\n\nFransanın Daxili İşlər Nazirliyi isə bildirib:\n\n“Təhlükə ilə bağlı məlumatların vaxtında alınması üçün mobil tətbiqlərin yüklənməsi vacibdir”.";
  assert.deepEqual(speakers(named), ["Daxili İşlər Nazirliyi: Təhlükə ilə bağlı mə"]);
});

test("the subject of a passive verb in a headline's lead-in does not speak", () => {
  assert.deepEqual(speakers("Laçın yolu məsələsi həll olunur: \"Bu yoldan keçmək istəyən hər kəs qaydalara əməl etməlidir\""),
    ["null: Bu yoldan keçmək ist"]);
  // look-alike: the subject of an active verb before the colon speaks (`X Y-i ittiham etdi: "…"`)
  assert.deepEqual(speakers("Elvin Məmmədov Kamal Rzayevi ittiham etdi: \"O bütün sənədləri gizlədib\""),
    ["Elvin Məmmədov: O bütün sənədləri gi"]);
});

test("a body noun qualifying an office leaves the words to the office's holder", () => {
  const text = "Nəticələr gələn ay elan olunacaq. Bunu Dövlət İmtahan Mərkəzinin aparat rəhbəri Kamal Rzayev jurnalistlərə açıqlamasında deyib. “Bu il qeydiyyatdan keçənlərin sayı ötən ilə nisbətən xeyli artıb və bütün imtahanlar vaxtında keçiriləcək”.";
  assert.deepEqual(speakers(text), ["Kamal Rzayev: Bu il qeydiyyatdan k"]);
  // look-alike: a body owning the document the cue names is still the source (`X-in mətbuat xidmətindən bildirilib`)
  const owned = "Nəticələr gələn ay elan olunacaq. Bu barədə Dövlət İmtahan Mərkəzinin mətbuat xidmətindən bildirilib. “Bu il qeydiyyatdan keçənlərin sayı ötən ilə nisbətən xeyli artıb və bütün imtahanlar vaxtında keçiriləcək”.";
  assert.deepEqual(speakers(owned), ["Dövlət İmtahan Mərkəzi: Bu il qeydiyyatdan k"]);
});

test("a speaker written by initials is the one person named with them", () => {
  const text = "Bunu energetika naziri Rauf Həsənov bildirib. “Görüş zamanı ikitərəfli əməkdaşlığın aktual məsələləri ilə bağlı müzakirələr apardıq”, – deyə R.H qeyd edib.";
  assert.deepEqual(speakers(text), ["Rauf Həsənov: Görüş zamanı ikitərə"]);
});

test("a quotation opening a headline before a dash and a lead-in is quoted, its speaker unnamed", () => {
  assert.deepEqual(speakers("\"Bütün pulumuzu aldılar, indi kimə müraciət edək\" - Sabunçu sakinləri çarəsiz qalıb"),
    ["null: Bütün pulumuzu aldıl"]);
  // look-alike: quoted names of one word before the dash are names (`"A" - "B" oyunu`)
  assert.deepEqual(speakers("\"Sumqayıt\" - \"Kəpəz\" oyununa biletlər satışa çıxarıldı"), []);
});

test("a place owning the residents a headline's words come from gives the place", () => {
  assert.deepEqual(speakers("Qubadlı sakinlərindən təsirli sözlər: \"Bu torpağa qayıtmaq bizim ən böyük arzumuz idi\""),
    ["Qubadlı: Bu torpağa qayıtmaq "]);
  // look-alike: a lead-in that names no place before the noun names no one
  assert.deepEqual(speakers("Sakinlərdən təsirli sözlər: \"Bu torpağa qayıtmaq bizim ən böyük arzumuz idi\""),
    ["null: Bu torpağa qayıtmaq "]);
  // look-alike: a capital opening a headline is no name (`Şəhid anasından …`: a martyr's mother)
  assert.deepEqual(speakers("Şəhid anasından təsirli sözlər: \"Bu torpağa qayıtmaq bizim ən böyük arzumuz idi\""),
    ["null: Bu torpağa qayıtmaq "]);
});

test("a quotation whose closing mark is lost at the end of its paragraph runs to its last word", () => {
  const text = "Bu barədə Xarici İşlər Nazirliyinin bəyanatında bildirilib.\n\n“Tərəfləri mövcud fikir ayrılıqlarını yalnız dialoq və diplomatik yollarla həll etməyə çağırırıq.";
  const qs = doc(text).quotes ?? [];
  assert.equal(qs.length, 1);
  assert.equal(qs[0].text, "Tərəfləri mövcud fikir ayrılıqlarını yalnız dialoq və diplomatik yollarla həll etməyə çağırırıq");
  assert.equal(qs[0].speaker, "Xarici İşlər Nazirliyi");
  // look-alike: with no cue, an unclosed mark inside a paragraph (a quoted name's, often) opens no quotation
  assert.deepEqual(speakers(text.replace("\n\n", " ")), []);
  // look-alike: an opening mark left unclosed inside a sentence (a name whose closing mark is lost) opens no quotation
  assert.deepEqual(speakers("Bu barədə nazirlik məlumat yayıb. Şirkət “Günəş Enerji layihəsini gələn il başa çatdıracaq və yeni stansiyalar tikəcək."), []);
});

test("a passive speech verb after a named body's document quotes that body, not a name qualifying the document", () => {
  const text = "Bu barədə Xarici İşlər Nazirliyinin İsrail-İran qarşıdurması ilə bağlı bəyanatında bildirilib. “Tərəfləri mövcud fikir ayrılıqlarını yalnız dialoq və diplomatik yollarla həll etməyə çağırırıq”.";
  assert.deepEqual(speakers(text), ["Xarici İşlər Nazirliyi: Tərəfləri mövcud fik"]);
  // look-alike: an active verb's nominative subject speaks (`X … bəyanatında bildirib`)
  const active = "Bu barədə Xarici İşlər Nazirliyi İsrail-İran qarşıdurması ilə bağlı bəyanatında bildirib. “Tərəfləri mövcud fikir ayrılıqlarını yalnız dialoq və diplomatik yollarla həll etməyə çağırırıq”.";
  assert.deepEqual(speakers(active), ["Xarici İşlər Nazirliyi: Tərəfləri mövcud fik"]);
});
