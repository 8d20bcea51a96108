// A database for the API and web UI tests: the bundled sample ingested through the real pipeline,
// plus invented articles (no corpus text) whose layers are set here, and one hostile article.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "../../src/ingest/run.js";
import { openStore, type Store } from "../../src/store/index.js";
import type { ArticleInput } from "../../src/store/types.js";
import type { Quote, Timex } from "../../src/text/doc.js";
import { fixtureInput, type FixtureArticle, type FixtureEntity } from "../store/fixtures.js";

export const SAMPLE = new URL("../fixtures/000_0a529d22fd31e90c.txt", import.meta.url).pathname;
export const SAMPLE_ID = "000_0a529d22fd31e90c";

const AZ: FixtureEntity = { text: "Azərbaycan", name: "Azərbaycan", type: "LOC" };
const RU: FixtureEntity = { text: "Rusiya", name: "Rusiya", type: "LOC" };

interface Extra { timexes?: { text: string; value: string }[]; quotes?: { text: string; speaker: string | null }[] }

export const FIXTURES: (FixtureArticle & Extra)[] = [
  {
    id: "fx-consult", title: "Bakı ilə Moskva danışıqlar apardı", date: "2025-09-15", url: "https://example.az/x/1",
    text: "Azərbaycan və Rusiya xarici işlər nazirləri sentyabrın 15-də Moskvada danışıqlar aparıblar. Ceyhun Bayramov bildirib ki, tərəflər ticarəti genişləndirməyə razılaşıblar.",
    entities: [AZ, RU, { text: "Moskvada", name: "Moskva", type: "LOC", name_en: "Moscow" }, { text: "Ceyhun Bayramov", name: "Ceyhun Bayramov", type: "PER", name_en: "Jeyhun Bayramov" }],
    events: [
      { type: "CONSULT", actors: ["Azərbaycan", "Rusiya"], date: "2025-09-15", score: 1, trigger: "danışıqlar aparıblar", location: "Moskva" },
      { type: "AGREE", actors: ["Azərbaycan", "Rusiya"], date: "2025-09-15", score: 3, trigger: "razılaşıblar" },
    ],
    timexes: [{ text: "sentyabrın 15-də", value: "2025-09-15" }],
  },
  {
    id: "fx-cooperate", title: "Enerji sazişi imzalandı", date: "2025-10-02", url: "https://example.az/x/2",
    text: "Oktyabrın 2-də Bakıda Azərbaycan ilə Rusiya arasında enerji sahəsində əməkdaşlıq sazişi imzalanıb.",
    entities: [{ text: "Bakıda", name: "Bakı", type: "LOC", name_en: "Baku" }, AZ, RU],
    events: [{ type: "COOPERATE", actors: ["Azərbaycan", "Rusiya"], date: "2025-10-02", score: 6, trigger: "imzalanıb", location: "Bakı" }],
    timexes: [{ text: "Oktyabrın 2-də", value: "2025-10-02" }],
  },
  {
    id: "fx-accuse", title: "İttihamlar rədd edildi", date: "2025-11-20", url: "https://example.az/x/3",
    text: "Rusiya Azərbaycanı sərhəddə hərbi təlim keçirməkdə ittiham edib. Nazirlik ittihamları rədd edib: \"Bu iddialar əsassızdır\".",
    entities: [RU, { ...AZ, text: "Azərbaycanı" }],
    events: [
      { type: "ACCUSE", actors: ["Rusiya", "Azərbaycan"], date: "2025-11-20", score: -2, trigger: "ittiham edib" },
      { type: "REJECT", actors: ["Azərbaycan", "Rusiya"], date: "2025-11-20", score: -4, trigger: "rədd edib", mode: "asserted" },
    ],
    quotes: [{ text: "Bu iddialar əsassızdır", speaker: "Nazirlik" }],
  },
  {
    id: "fx-hostile", title: "<img src=x onerror=alert(1)> Zərərli başlıq", date: "2025-08-01", url: "https://example.az/x/4",
    text: "Bu mətndə kod var: <script>alert(1)</script> və <img src=x onerror=alert(1)> Azərbaycan haqqında yazılıb.",
    entities: [AZ, { text: "<script>alert(1)</script>", name: "<script>alert(1)</script>", type: "MISC" }],
    quotes: [{ text: "<img src=x onerror=alert(1)>", speaker: "<b>naməlum</b>" }],
  },
];

function withExtras(a: FixtureArticle & Extra): ArticleInput {
  const input = fixtureInput(a);
  const at = (text: string) => {
    const start = a.text.indexOf(text);
    if (start < 0) throw new Error(`"${text}" not in ${a.id}`);
    return { start, end: start + text.length, text };
  };
  input.doc.timexes = (a.timexes ?? []).map((t): Timex => ({ ...at(t.text), type: "DATE", value: t.value }));
  input.doc.quotes = (a.quotes ?? []).map((q): Quote => ({ ...at(q.text), speaker: q.speaker }));
  return input;
}

export interface SeededDb {
  path: string;
  store: Store;
  cleanup(): Promise<void>;
}

/** A temporary SQLite database holding the sample and the fixtures. */
export async function seedDb(): Promise<SeededDb> {
  const dir = mkdtempSync(join(tmpdir(), "salname-api-"));
  const path = join(dir, "api.db");
  const store = await openStore(path);
  const sum = await ingest([SAMPLE], store, { workers: 0 });
  if (sum.stored !== 1) throw new Error(`sample not stored: ${JSON.stringify(sum)}`);
  await store.putArticles(FIXTURES.map(withExtras));
  return {
    path, store,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
