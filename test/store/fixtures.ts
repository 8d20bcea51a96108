// Fixture articles written for the store tests (invented news, no corpus text): annotated with the
// real pipeline for tokens, with entity and event layers built here so the tests do not depend on
// the extraction stages.
import { annotate } from "../../src/pipeline.js";
import type { Doc, Entity, Event, EventType } from "../../src/text/doc.js";
import type { ArticleInput } from "../../src/store/types.js";

export interface FixtureEntity { text: string; name: string; type: Entity["type"]; id?: string; name_en?: string; iso?: string }
export interface FixtureEvent { type: EventType; actors: string[]; date: string | null; score?: number; trigger: string; mode?: Event["mode"]; location?: string | null }

export interface FixtureArticle {
  id: string;
  text: string;
  title?: string;
  url?: string;
  date?: string | null;
  entities?: FixtureEntity[];
  events?: FixtureEvent[];
  outlet?: string;
  language?: string;
}

/** Builds a Doc: tokens from the pipeline's text layer, entities/events placed at their first
 *  occurrence in the text. */
export function fixtureDoc(a: FixtureArticle): Doc {
  const doc = annotate({ id: a.id, text: a.text, title: a.title, url: a.url, document_date: a.date ?? null }, { until: "morphology" });
  if (a.language) doc.language = a.language;
  doc.entities = (a.entities ?? []).map((e) => {
    const start = a.text.indexOf(e.text);
    if (start < 0) throw new Error(`fixture entity "${e.text}" not in text of ${a.id}`);
    return { start, end: start + e.text.length, text: e.text, type: e.type, name: e.name, id: e.id, name_en: e.name_en, iso: e.iso };
  });
  doc.events = (a.events ?? []).map((e) => {
    const start = a.text.indexOf(e.trigger);
    if (start < 0) throw new Error(`fixture trigger "${e.trigger}" not in text of ${a.id}`);
    return { type: e.type, trigger: { start, end: start + e.trigger.length, text: e.trigger }, actors: e.actors, date: e.date, location: e.location ?? null, mode: e.mode ?? "asserted", score: e.score };
  });
  return doc;
}

export function fixtureInput(a: FixtureArticle): ArticleInput {
  return { doc: fixtureDoc(a), annotated: (a.language ?? "az") === "az", source: `fixture:${a.id}`, outlet: a.outlet ?? "example.az" };
}

const ILHAM: FixtureEntity = { text: "İlham Əliyev", name: "İlham Əliyev", type: "PER", id: "ilham-aliyev", name_en: "Ilham Aliyev" };
const PUTIN: FixtureEntity = { text: "Vladimir Putin", name: "Vladimir Putin", type: "PER", id: "vladimir-putin", name_en: "Vladimir Putin" };
const BAKU: FixtureEntity = { text: "Bakı", name: "Bakı", type: "LOC", id: "baku", name_en: "Baku" };

/** A small invented chronicle: meetings, an agreement reported twice, a syndicated copy, a Russian article. */
export const ARTICLES: FixtureArticle[] = [
  {
    id: "a1", url: "https://example.az/xeber/1", title: "Prezident görüş keçirdi", date: "2025-03-02",
    text: "Prezident İlham Əliyev martın 1-də Bakı şəhərində Vladimir Putin ilə görüşüb. Görüşdə iqtisadi münasibətlər müzakirə olunub.",
    entities: [ILHAM, BAKU, PUTIN],
    events: [{ type: "CONSULT", actors: ["İlham Əliyev", "Vladimir Putin"], date: "2025-03-01", score: 1, trigger: "görüşüb", location: "Bakı" }],
  },
  {
    id: "a2", url: "https://example.az/xeber/2", title: "Saziş imzalandı", date: "2025-04-11",
    text: "İlham Əliyevlə Vladimir Putin aprelin 10-da enerji sahəsində saziş imzalayıb. Tərəflər əməkdaşlığın genişlənməsini vurğulayıblar.",
    entities: [{ ...ILHAM, text: "İlham Əliyevlə" }, PUTIN],
    events: [{ type: "AGREE", actors: ["İlham Əliyev", "Vladimir Putin"], date: "2025-04-10", score: 6, trigger: "saziş imzalayıb" }],
  },
  {
    id: "a3", url: "https://other.az/news/77", title: "Enerji sazişi", date: "2025-04-12",
    text: "Aprelin 10-da İlham Əliyev və Vladimir Putin enerji sazişini imzalayıblar. Sənəd qaz tədarükünü əhatə edir.",
    entities: [ILHAM, PUTIN],
    events: [{ type: "AGREE", actors: ["İlham Əliyev", "Vladimir Putin"], date: "2025-04-10", score: 6, trigger: "imzalayıblar" }],
    outlet: "other.az",
  },
  {
    id: "a4", url: "https://example.az/xeber/4", title: "Prezident Əliyev səfərdə", date: "2025-01-20",
    text: "İlham Əliyev yanvarın 19-da Davosda iqtisadi forumda çıxış edib. Prezident Bakının investisiya imkanlarından danışıb.",
    entities: [ILHAM, { text: "Bakının", name: "Bakı", type: "LOC", id: "baku", name_en: "Baku" }],
    events: [{ type: "COOPERATE", actors: ["İlham Əliyev"], date: "2025-01-19", score: 3, trigger: "çıxış edib" }],
  },
  {
    id: "a5", url: "https://example.az/xeber/5", title: "Etiraz", date: "2025-05-05",
    text: "Rusiya tərəfi mayın 4-də Azərbaycanın bəyanatına etiraz edib və səfiri çağırıb. Vladimir Putin İlham Əliyevi tənqid edib.",
    entities: [{ text: "Vladimir Putin", name: "Vladimir Putin", type: "PER", id: "vladimir-putin" }, { ...ILHAM, text: "İlham Əliyevi" }],
    events: [{ type: "ACCUSE", actors: ["Vladimir Putin", "İlham Əliyev"], date: "2025-05-04", score: -4, trigger: "tənqid edib" }],
  },
  {
    // a syndicated copy of a2 published by a third outlet: same body, different headline and URL
    id: "a6", url: "https://copy.az/a/2", title: "Əliyev və Putin saziş imzaladı", date: "2025-04-11",
    text: "İlham Əliyevlə Vladimir Putin aprelin 10-da enerji sahəsində saziş imzalayıb. Tərəflər əməkdaşlığın genişlənməsini vurğulayıblar.",
    entities: [{ ...ILHAM, text: "İlham Əliyevlə" }, PUTIN],
    events: [{ type: "AGREE", actors: ["İlham Əliyev", "Vladimir Putin"], date: "2025-04-10", score: 6, trigger: "saziş imzalayıb" }],
    outlet: "copy.az",
  },
  {
    id: "r1", url: "https://example.ru/news/1", title: "Встреча в Баку", date: "2025-03-03", language: "ru",
    text: "Президенты встретились в Баку и обсудили экономическое сотрудничество.",
  },
];

export function fixtureInputs(): ArticleInput[] {
  return ARTICLES.map(fixtureInput);
}
