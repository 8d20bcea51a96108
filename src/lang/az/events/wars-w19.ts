// Wars, fighting and exercises told as nouns, the background acts of world news (test/events-wars-w19.test.ts): a war or
// fighting between named sides is ASSAULT (CAMEO 190) even when told only as a noun in passing (`Rusiyanın Ukraynaya qarşı
// müharibəsi`, `Ukraynadakı müharibəni dayandırmaq üçün`, `İran və İsrail arasında münaqişə`, `Rusiya-Ukrayna müharibəsi`,
// `Ukraynada döyüşlər gedir`, `İsrailin İrana qarşı hərbi əməliyyatları`), its sides those its own phrase names (the
// engine's `background` reading, src/extract/events/background.ts); a war of trade, tariffs, information or the Cold War,
// a war told as its likelihood or risk, a named war of history (`İkinci Dünya müharibəsi`, an entity) and one with no side
// named give none. With them, military exercises held: a reservists' training camp (`təlim toplanışı keçirilib`) and an
// exercise named in quotation marks with its year (`Türkiyədə "X-2025" təlimi keçirilib`), MOBILIZE 150.
import type { TriggerEntry } from "../../../extract/events/tables.js";

/** Words of a war of another kind than arms (`ticarət müharibəsi`, `soyuq müharibə`) or a conflict of no sides
 *  (`maraqlar münaqişəsi`): the word right before the noun. */
const NOT_ARMS = ["ticarət", "tarif", "gömrük", "hibrid", "informasiya", "informasiya-psixoloji", "psixoloji", "kiber", "soyuq",
  "iqtisadi", "valyuta", "sanksiya", "enerji", "qaz", "qiymət", "media", "diplomatik", "maraqlar", "mənafelər", "daxili", "ailə",
  "dünya", "vətən", "vətəndaş", "narkotik", "narkotiklərə", "terrora", "korrupsiyaya"];
/** Words after the noun that tell its likelihood, its risk or its kind (`müharibə ehtimalı`, `müharibə veteranı`), or make it a
 *  bound of time (`müharibəyə qədər`, until the war): no war fought. */
const NOT_FOUGHT = ["ehtimal", "təhlükə", "risk", "mümkün", "qorxu", "hal", "veteran", "iştirakçı", "əlil", "dul", "yetim", "cinayət",
  "mövzu", "haqqında", "əleyhinə", "tərəfdar", "qızışdır", "elan", "ssenari", "zona", "vəziyyət", "bölgə", "dövr", "illər", "memorial",
  "qədər",
  // a war prevented or opposed (`yeni müharibənin qarşısını almaq`, `müharibəyə qarşı çıxmaq`) is none fought
  "qarşı"];

const WAR = { type: "ASSAULT" as const, cameo: "190", background: true, notAfter: NOT_ARMS, notBefore: NOT_FOUGHT };

export const WARS_W19: TriggerEntry[] = [
  // 190 ASSAULT: a war or an armed conflict (`Ukraynadakı müharibə`, `X ilə Y arasında münaqişə`)
  { head: "müharibə", forms: "noun", ...WAR },
  { head: "münaqişə", forms: "noun", ...WAR },
  // fighting (`Y-də döyüşlər gedir`, `döyüş əməliyyatları`); a battle's kit or readiness (`döyüş təyyarəsi`, `döyüş hazırlığı`), a
  // bare noun before the noun it qualifies, is none (the head is `döyüş`, as the entries of ../events.ts, which a longer head
  // would hide)
  { head: "döyüş", forms: "noun", ...WAR },
  { head: "döyüş", forms: "noun", ...WAR, needs: ["əməliyyat"], gap: 0 },
  // military operations (`X-in Y-ə qarşı hərbi əməliyyatları`)
  { head: "hərbi", forms: "noun", ...WAR, needs: ["əməliyyat"], gap: 0 },
  // 150 MOBILIZE: a reservists' training camp held (`Naxçıvanda təlim toplanışı keçirilib`; a team's `təlim-məşq toplanışı` is
  // another word), an exercise named with its year (`Türkiyədə "İldırım-2025" təlimi keçirilib`; a course, `"Rəqəmsal
  // bacarıqlar" təlimi`, names no year)
  { head: "təlim", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "troops", needs: ["toplanış"], gap: 0 },
  { head: "təlim", forms: "noun", type: "MOBILIZE", cameo: "150", plover_mode: "troops", needs: ["keçir", "başla"], gap: 1, yearNamed: true },
];
