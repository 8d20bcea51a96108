// Triggers from invented breadth for coercion and assault in political and world news (helper ca24,
// test/events-breadth-ca24.test.ts): the studied sets and the pools are mostly domestic news, so the language of force
// between states and against people abroad was written from the language first, then checked over the unlabelled pools.
import type { TriggerEntry } from "../../../extract/events/tables.js";
import { ET } from "./light-verbs.js";

/** A state's forces as the doer of a detention: its police, security or intelligence service, army or guard. */
const FORCES = ["polis", "təhlükəsizlik", "kəşfiyyat", "ordu", "qoşun", "hərbçi", "jandarm", "qvardiya", "xüsusi təyinat", "dtx", "dtx-"];
/** Weapons of war whose blow or hit is a strike, whatever it hits (`dron avtomobili vurub`). */
const WEAPONS = ["dron", "pilotsuz", "raket", "artilleriya", "aviasiya", "helikopter", "qırıcı", "bombardmançı", "hərbi"];
/** Armed forces as the sides of a clash (two cars colliding, `iki avtomobil toqquşub`, are an accident). */
const ARMED = ["qüvvə", "qoşun", "ordu", "hərbçi", "döyüşçü", "silahlı", "yaraqlı", "üsyançı", "sərhədçi", "əsgər"];

/** Phrases of heads whose entry in ../events.ts would tell another act first: spread at the head of the table. */
export const BREADTH_CA24_FIRST: TriggerEntry[] = [
  // 172 COERCE: a person's visas revoked (`X 6 min tələbənin vizasını ləğv edib`, `vətəndaşlarının vizalarını ləğv edib`):
  // the visas owned by people restrict them, whatever word of a requirement stands near (`tələbə` student is no `tələb`);
  // a visa regime or requirement lifted (`viza rejimini ləğv edib`, `viza tələbini`) owns no visa and stays CONCEDE
  { head: "ləğv", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", object: ["acc"], needs: ET, gap: 0,
    clauseNeeds: ["vizasını", "vizalarını"] },
  // 174 COERCE: people of a named kind sent out of a country (`15 radikal imamı ölkədən çıxarıb`, `jurnalisti ölkədən
  // çıxarıb`) are deported, as foreigners and migrants are in ../events.ts; diplomats sent out stay SANCTION 166 there
  { head: "ölkədən", forms: "noun", type: "COERCE", cameo: "174", plover_mode: "deport", object: ["acc"], needs: ["çıxar", "qov"], gap: 0,
    clauseNeeds: ["imam", "ruhani", "jurnalist", "fəal", "tələbə", "nəfər", "şəxs", "işçi", "əsgər", "müxalif", "mühacir", "əcnəbi"],
    clauseNot: ["diplomat", "səfir", "attaşe", "konsul", "əməkdaşını", "əməkdaşlarını", "sülhməramlı"] },
];

export const BREADTH_CA24: TriggerEntry[] = [
  // 173 COERCE: people counted, detained in the active by a state's force (`X polisi … 30 nəfəri saxlayıb`, `Dövlət
  // Təhlükəsizlik Xidməti … şəxsləri saxlayıb`), as the passive `saxlanılıb` of ../events.ts; a count kept on at work or a
  // place (`100 nəfəri işdə saxlayıb`) names no force and stays none
  { head: "saxla", forms: "verb", type: "COERCE", cameo: "173", plover_mode: "arrest", activeOnly: true,
    afterEndings: ["nəfəri", "şəxsi", "şəxsləri", "nəfərini"], clauseNeeds: FORCES,
    clauseNot: ["həbsxana", "türmə", "əsirlik", "işdə", "işində", "vəzifə", "xəstəxana", "müşahidə"] },
  // 175 COERCE: a protest or a protesters' camp dispersed (`tələbə etirazı polis tərəfindən dağıdılıb`, `çadır düşərgəsini
  // dağıdıb`), as a rally is in ./codebook-conflict.ts
  { head: "dağıt", forms: "verb", type: "COERCE", cameo: "175", object: ["acc"], clauseNeeds: ["etiraz", "nümayiş", "düşərgə"] },
  // 195 ASSAULT: a weapon of war hits what a road accident also hits (`İsrail dronu avtomobili vurub`): the entry of
  // ../events.ts keeps out a vehicle's hit on a car or a pedestrian, a drone's or a missile's is a strike
  { head: "vur", forms: "verb", type: "ASSAULT", cameo: "195", plover_mode: "aerial", object: ["acc"], clauseNeeds: WEAPONS,
    notAfter: ["başa", "zərər", "ziyan", "xələl", "zərərlər", "ziyanlar", "qol", "qolu", "zəng"] },
  // 195 ASSAULT: people harmed in the wake of a weapon's blow (`Sumidə Rusiya dronunun zərbəsi nəticəsində 4 nəfər həlak
  // olub`): the blow is the strike; a blow of a decision or a price (`tariflərin zərbəsi nəticəsində`) is none
  { head: "zərbə", forms: "noun", type: "ASSAULT", cameo: "195", needs: ["nəticəsində"], gap: 0, clauseNeeds: ["dron", "raket", "artilleriya", "aviasiya", "pilotsuz"] },
  // 190 ASSAULT: armed forces clashing with a named side (`Ukrayna hərbçiləri … Rusiya qüvvələri ilə toqquşub`), as the
  // noun `toqquşma` of ../events.ts; vehicles colliding name no armed force
  { head: "toqquş", forms: "verb", type: "ASSAULT", cameo: "190", object: ["ins"], clauseNeeds: ARMED },
  // 195 ASSAULT: a boat or a ship sunk by a navy or a weapon (`ABŞ hərbi gəmisi qayığı batırıb`); debt or a market sunk into
  // (`borca batırıb`) names no navy
  { head: "batır", forms: "verb", type: "ASSAULT", cameo: "195", object: ["acc"], activeOnly: true,
    clauseNeeds: ["hərbi", "donanma", "dron", "raket", "sualtı", "qayığ", "gəmi"], clauseNot: ["borc", "bazar", "qiymət"] },
  // 192 COERCE: control of a town or a firm seized (`X Y şirkətinə nəzarəti ələ keçirib`), as ground or power seized in
  // ../events.ts; control kept (`nəzarəti əldə saxlayır`) is none
  { head: "nəzarət", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["dat", "gen"], needs: ["ələ"], gap: 0 },
  // 192 COERCE: a town or a village taken under control by a named state (`Rusiya … Pokrovsk şəhərini nəzarətə götürüb`),
  // as ground taken by an army in ../events.ts; a fire or a situation brought under control names no town
  { head: "nəzarətə", forms: "noun", type: "COERCE", cameo: "192", plover_mode: "seize", object: ["acc"], objectTypes: ["LOC"], objectRequired: true,
    needs: ["götür", "al", "keçir"], gap: 0, clauseNeeds: ["şəhəri", "kəndi", "qəsəbəsi", "şəhərini", "kəndini", "qəsəbəsini"],
    clauseNot: ["yanğın", "vəziyyət", "qiymət", "infeksiya", "epidemiya"] },
  // 172 COERCE: a person or a body declared a foreign agent (`Rusiyada … jurnalist xarici agent elan edilib`), as one listed
  // among foreign agents (./articles-v13.ts and the files before it)
  { head: "agent", forms: "noun", type: "COERCE", cameo: "172", plover_mode: "restrict", needs: ["elan"], gap: 0, clauseNeeds: ["xarici"] },
  // 1721 COERCE: access to the internet or a platform cut or blocked by a state (`Taliban … internetə girişi bütün ölkədə
  // kəsib`), as access restricted in ../events.ts; access to a road or a building closed (`yola giriş bağlanıb`) names no net
  { head: "giriş", forms: "noun", type: "COERCE", cameo: "1721", plover_mode: "restrict", needs: ["kəs", "blokla", "bağla"], gap: 3,
    clauseNeeds: ["internet", "sayt", "sosial şəbəkə", "platform", "youtube", "telegram", "whatsapp", "tiktok", "instaqram", "messencer"] },
  // 1721 COERCE: a channel's broadcast stopped or banned by a government, a regulator or a court (`X hökuməti müxalifət
  // telekanalının yayımını dayandırıb`); a channel stopping its own broadcast names no such body
  { head: "yayım", forms: "noun", type: "COERCE", cameo: "1721", plover_mode: "restrict", needs: ["dayandır", "kəs", "blokla", "qadağan"], gap: 0,
    clauseNeeds: ["hökumət", "hakimiyyət", "regulyator", "məhkəmə", "nazirliy", "nazirlik", "komissiya", "şurası"] },
];
