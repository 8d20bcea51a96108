// Triggers from the misses of the odd invented article sets of world and regional politics (helper inv22p,
// test/events-invented-inv22p.test.ts): each a standard phrasing of world news for its PLOVER class, with the words that
// make it an act between sides, and a look-alike of the same words that stays no event.
import type { TriggerEntry } from "../../../extract/events/tables.js";

export const ARTICLES_INV22P: TriggerEntry[] = [
  // 152 MOBILIZE: an army's or its forces' readiness raised (`ordunun döyüş hazırlığını artırıb`, `nüvə qüvvələrinin hazırlığını
  // artırmağı əmr edib`); a firm's or a school's preparations stepped up (`mövsümə hazırlığı artırıb`) are none
  ...["hazırlıq", "hazırlığ"].map((head): TriggerEntry => ({ head, forms: "noun", type: "MOBILIZE", cameo: "152", plover_mode: "troops",
    needs: ["artır", "yüksəlt", "gücləndir"], gap: 0, clauseNeeds: ["ordu", "qoşun", "hərbi", "döyüş", "nüvə", "silahlı"] })),
  // 141 PROTEST: protests broke out (`ölkədə kütləvi etirazlar baş verib`), as riots did (`iğtişaşlar baş verib`,
  // ./codebook-conflict.ts); an objection voiced (`etirazını bildirib`) is ACCUSE in ../events.ts
  { head: "etiraz", forms: "noun", type: "PROTEST", cameo: "141", plover_mode: "demo", needs: ["baş"], gap: 1 },
  // 120 REJECT: a side's dictate or pressure not accepted (`heç kimin diktəsini qəbul etməyəcək`, `təzyiqləri qəbul etmir`),
  // as demands or conditions refused (the senses of `qəbul` in ../events.ts); a dictate accepted is no act told
  { head: "qəbul", forms: "noun", type: "REJECT", cameo: "120", negatedOnly: true, needs: ["et", "ed", "olun"], gap: 0,
    clauseNeeds: ["diktə", "təzyiq"] },
  // 172 COERCE restrict: people or bodies put on a state's list of foreign agents or undesirables (`X-i xarici agentlər
  // siyahısına daxil edib`, `arzuolunmaz təşkilatlar siyahısına salınıb`), as onto a list of terrorists (./codebook-conflict.ts);
  // a firm put on a list of suppliers or a ranking (`ən yaxşılar siyahısına daxil olub`) is none
  { head: "siyahısına", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: ["sal", "daxil"], gap: 1,
    clauseNeeds: ["agent", "arzuolunmaz"] },
];
