// A second round of paraphrases of the cooperative acts (CONSULT … RETREAT) that the pools never showed (helper pa-coop2):
// an act begun (`çıxarmağa başlayıb`), a meeting whose time is fixed (`görüşün vaxtı müəyyənləşib`), hostages let go or
// prisoners given back, a state financed or foreign money allotted in the passive, an aid package announced, an apology in
// the formal verb, guilt admitted by the idiom, acquittal in the causative, a state's demand complied with, a leader called
// a strong leader, support confirmed, messages and statements of support or solidarity, an understanding reached, interest in
// cooperating, cooperation begun, working together, joint research, sanctions lifted in the passive with the agent between (src/lang/az/events/paraphrase-coop2.ts,
// src/extract/events/guards.ts `continuedBy`, src/extract/events/mode.ts `scheduled`, src/lang/az/events.ts).
// Sentences written for these tests; each with a look-alike that must not change.
import { test } from "node:test";
import { oneEvent as one, noEvent as none } from "./helpers-events.js";

test("an act begun, told by its infinitive before the verb of beginning, is told in that verb's tense", () => {
  one("Rusiya Moldovadan qoşunlarını çıxarmağa başlayıb.", "RETREAT", ["Rusiya", "Moldova"]);
  one("Rusiya Moldovaya hücum etməyə başlayıb.", "ASSAULT", ["Rusiya", "Moldova"]);
  // look-alike: not begun is negated
  one("Rusiya Moldovadan qoşunlarını çıxarmağa başlamayıb.", "RETREAT", ["Rusiya", "Moldova"], "negated");
});

test("a meeting whose time is fixed is to come; a meeting held stays asserted", () => {
  one("Con Smit ilə Pol Braun arasında görüşün vaxtı müəyyənləşib.", "CONSULT", ["Con Smit", "Pol Braun"], "future");
  one("Con Smit ilə Pol Braun arasında görüş keçirilib.", "CONSULT", ["Con Smit", "Pol Braun"]);
});

test("hostages let go and prisoners given back are RETREAT; a missile let off or money given back is not", () => {
  one("Yəmən iki girovu buraxıb.", "RETREAT", ["Yəmən"]);
  one("Rusiya 50 əsiri Ukraynaya qaytarıb.", "RETREAT", ["Rusiya", "Ukrayna"]);
  none("İran ballistik raket buraxıb.", "RETREAT");
  none("Rusiya vəsaiti Ukraynaya qaytarıb.");
});

test("a state financed, foreign money allotted in the passive and an aid package announced are AID", () => {
  one("Yaponiya Moldovanı maliyyələşdirəcək.", "AID", ["Yaponiya", "Moldova"], "future");
  one("Moldovaya Yaponiya tərəfindən 5 milyon dollar ayrılıb.", "AID", ["Yaponiya", "Moldova"]);
  one("Kanada Moldovaya yeni yardım paketi açıqlayıb.", "AID", ["Kanada", "Moldova"]);
  // look-alikes: a project financed, manat allotted to a town, news about aid
  none("Yaponiya layihəni maliyyələşdirəcək.");
  none("Şəkiyə 5 milyon manat ayrılıb.");
  none("Kanada yardım haqqında məlumat açıqlayıb.");
});

test("an apology in the formal verb, guilt admitted by the idiom and acquittal in the causative are CONCEDE", () => {
  one("Polşa Litvadan üzr diləyib.", "CONCEDE", ["Polşa", "Litva"]);
  one("Polşa günahını boynuna alıb.", "CONCEDE", ["Polşa"]);
  one("Məhkəmə Con Smitə bəraət qazandırıb.", "CONCEDE", ["Con Smit"]);
  // look-alikes: wishes are SUPPORT; a win brought to a team is none
  one("Polşa Litvaya uğurlar diləyib.", "SUPPORT", ["Polşa", "Litva"]);
  none("Con Smit komandaya qələbə qazandırıb.");
});

test("a state's demand complied with is CONCEDE (CAMEO 08); a law's requirements met are none", () => {
  one("Moldova Rumıniyanın tələbini yerinə yetirib.", "CONCEDE", ["Moldova", "Rumıniya"]);
  none("Moldova qanunun tələblərini yerinə yetirib.");
});

test("a leader called a strong leader is praised; one called unlawful is not", () => {
  one("Con Smit Pol Braunu güclü lider adlandırıb.", "SUPPORT", ["Con Smit", "Pol Braun"]);
  none("Con Smit Pol Braunu qeyri-legitim lider adlandırıb.", "SUPPORT");
});

test("support confirmed, a message of support and a statement of solidarity are SUPPORT", () => {
  one("Kanada Moldovaya dəstəyini bir daha təsdiqləyib.", "SUPPORT", ["Kanada", "Moldova"]);
  one("Kanadadan Moldovaya dəstək mesajı", "SUPPORT", ["Kanada", "Moldova"]);
  one("Kanada Moldova ilə həmrəylik bəyanatı yayıb.", "SUPPORT", ["Kanada", "Moldova"]);
  none("Kanada yeni büdcəni təsdiqləyib.");
});

test("an understanding reached by `anlaşmaya gəlmək` and interest in cooperating are AGREE; a disagreement is not", () => {
  one("Kanada Meksika ilə anlaşmaya gəlib.", "AGREE", ["Kanada", "Meksika"]);
  one("Yaponiya Moldova ilə əməkdaşlığa maraq göstərib.", "AGREE", ["Yaponiya", "Moldova"]);
  none("Kanada ilə Meksika arasında anlaşmazlıq yaranıb.");
});

test("cooperation begun, working together and joint research are COOPERATE", () => {
  // look-alike: a programme set up with no partner
  none("Bank yeni əməkdaşlıq proqramı hazırlayıb.");
  one("Moldova ilə Rumıniya arasında əməkdaşlıq başlanıb.", "COOPERATE", ["Moldova", "Rumıniya"]);
  one("Kanada Meksika ilə əməkdaşlığa gedib.", "COOPERATE", ["Kanada", "Meksika"]);
  one("Kanada və Meksika kritik minerallar üzrə birlikdə işləyəcək.", "COOPERATE", ["Kanada", "Meksika"], "future");
  one("Moldova Rumıniya ilə birgə tədqiqat aparıb.", "COOPERATE", ["Moldova", "Rumıniya"]);
});

test("sanctions lifted with the agent between are CONCEDE; imposed so they stay SANCTION", () => {
  one("Moldovaya qarşı sanksiyalar Kanada tərəfindən götürülüb.", "CONCEDE", ["Kanada", "Moldova"]);
  one("Moldovaya qarşı sanksiyalar Kanada tərəfindən tətbiq olunub.", "SANCTION", ["Kanada", "Moldova"]);
});
