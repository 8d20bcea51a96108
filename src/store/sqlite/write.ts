// Writing articles into SQLite: identity checks, the row, the search index, entities, events.
// Called inside a transaction by the store; holds its prepared statements.
import type { Database, Statement } from "better-sqlite3";
import { canonicalUrl, contentHash, entityKey, hamming, NEAR_DUPLICATE_BITS, NEAR_DUPLICATE_DAYS, simhash, simhashBands } from "../identity.js";
import { actorKeys, articleLayers, dayNumber, daysApart, eventKey, textDate } from "../shared.js";
import { analyzeText, docTerms, fold, joinStems, lower } from "../../search/analyze.js";
import type { ArticleInput, PutResult } from "../types.js";

export class ArticleWriter {
  private s: Record<string, Statement>;

  constructor(private db: Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      byId: p("SELECT id FROM articles WHERE id = ?"),
      byUrl: p("SELECT id FROM articles WHERE url = ?"),
      byHash: p("SELECT id FROM articles WHERE content_hash = ? LIMIT 1"),
      insArticle: p(`INSERT INTO articles (id, url, content_hash, title, published, language, annotated, source, outlet,
        ingested_at, n_quotes, text, layers, simhash, near_duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insFts: p("INSERT INTO article_fts (rowid, title, body, title_f, body_f) VALUES (?, ?, ?, ?, ?)"),
      // look-alikes sharing a band: for a dated article only those within the near-duplicate window
      // (or undated, day 0); the day test reads the band index, not the article rows
      candidates: p(`SELECT a.id, a.simhash, a.published, a.near_duplicate_of FROM simhash_days b
        JOIN articles a ON a.rowid = b.article_rowid WHERE b.band IN (@b0, @b1, @b2, @b3)
        AND (@day IS NULL OR b.day = 0 OR b.day BETWEEN @day - ${NEAR_DUPLICATE_DAYS} AND @day + ${NEAR_DUPLICATE_DAYS}) GROUP BY a.rowid LIMIT 200`),
      insBand: p("INSERT OR IGNORE INTO simhash_days (band, day, article_rowid) VALUES (?, ?, ?)"),
      upEntity: p(`INSERT INTO entities (key, name, folded, name_en, type, iso, articles) VALUES (?, ?, ?, ?, ?, ?, 1)
        ON CONFLICT(key) DO UPDATE SET articles = articles + 1,
          name_en = coalesce(entities.name_en, excluded.name_en), iso = coalesce(entities.iso, excluded.iso)
        RETURNING articles`),
      insName: p("INSERT INTO entity_names (entity_key, name) VALUES (?, ?)"),
      upAlias: p(`INSERT INTO entity_aliases (entity_key, alias, folded, count) VALUES (?, ?, ?, ?)
        ON CONFLICT(entity_key, alias) DO UPDATE SET count = count + excluded.count RETURNING count`),
      insMention: p("INSERT INTO mentions (entity_key, article_rowid, count) VALUES (?, ?, ?)"),
      insEvent: p(`INSERT INTO events (key, type, date, actors, location, mode, score, cameo, plover_mode, trigger)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING`),
      eventRow: p("SELECT rowid FROM events WHERE key = ?"),
      insActor: p("INSERT OR IGNORE INTO event_actors (actor, event_rowid) VALUES (?, ?)"),
      insReport: p(`INSERT OR IGNORE INTO event_reports (event_rowid, article_rowid, type, mode, score, trigger_start)
        VALUES (?, ?, ?, ?, ?, ?)`),
    };
  }

  /** The stored article this input duplicates (same id, canonical URL, or — without a URL — content). */
  duplicateOf(input: ArticleInput): string | undefined {
    const { doc } = input;
    const byId = this.s.byId.get(doc.id) as { id: string } | undefined;
    if (byId) return byId.id;
    const url = canonicalUrl(doc.url);
    if (url) return (this.s.byUrl.get(url) as { id: string } | undefined)?.id;
    return (this.s.byHash.get(contentHash(doc.text)) as { id: string } | undefined)?.id;
  }

  put(input: ArticleInput): PutResult {
    const { doc } = input;
    const dup = this.duplicateOf(input);
    if (dup) return { id: doc.id, status: "duplicate", duplicateOf: dup };

    const fp = simhash(doc.text);
    const bands = simhashBands(fp);
    let nearOf: string | null = null;
    const day = dayNumber(doc.document_date);
    const [b0, b1, b2, b3] = bands;
    for (const c of this.s.candidates.all({ b0, b1, b2, b3, day }) as { id: string; simhash: string; published: string | null; near_duplicate_of: string | null }[]) {
      if (hamming(fp, c.simhash) <= NEAR_DUPLICATE_BITS && daysApart(c.published, doc.document_date) <= NEAR_DUPLICATE_DAYS) {
        nearOf = c.near_duplicate_of ?? c.id;
        break;
      }
    }

    const layers = articleLayers(doc);
    const info = this.s.insArticle.run(
      doc.id, canonicalUrl(doc.url), contentHash(doc.text), doc.title ?? null, doc.document_date ?? null, doc.language,
      input.annotated ? 1 : 0, input.source ?? null, input.outlet ?? null, new Date().toISOString(), doc.quotes.length,
      doc.text, JSON.stringify(layers), fp, nearOf,
    );
    const rowid = Number(info.lastInsertRowid);
    for (const b of bands) this.s.insBand.run(b, day ?? 0, rowid);

    const title = input.terms?.title ?? (doc.title ? joinStems(analyzeText(doc.title)) : "");
    const body = input.terms?.body ?? joinStems(doc.tokens.length ? docTerms(doc) : analyzeText(doc.text));
    this.s.insFts.run(rowid, title, body, fold(title), fold(body));

    this.putEntities(input, rowid);
    this.putEvents(input, rowid);
    const res: PutResult = { id: doc.id, status: "stored" };
    if (nearOf) res.nearDuplicateOf = nearOf;
    return res;
  }

  private putEntities({ doc }: ArticleInput, rowid: number): void {
    const perKey = new Map<string, { e: (typeof doc.entities)[number]; count: number; aliases: Map<string, number> }>();
    for (const e of doc.entities) {
      const key = entityKey(e);
      let g = perKey.get(key);
      if (!g) perKey.set(key, (g = { e, count: 0, aliases: new Map() }));
      g.count++;
      g.aliases.set(e.text, (g.aliases.get(e.text) ?? 0) + 1);
    }
    for (const [key, { e, count, aliases }] of perKey) {
      const folded = fold(lower(e.name));
      const r = this.s.upEntity.get(key, e.name, folded, e.name_en ?? null, e.type, e.iso ?? null) as { articles: number };
      if (r.articles === 1) this.s.insName.run(key, folded);
      for (const [alias, n] of aliases) {
        const af = fold(lower(alias));
        const a = this.s.upAlias.get(key, alias, af, n) as { count: number };
        if (a.count === n && af !== folded) this.s.insName.run(key, af);
      }
      this.s.insMention.run(key, rowid, count);
    }
  }

  private putEvents({ doc }: ArticleInput, rowid: number): void {
    for (const ev of doc.events) {
      const keys = actorKeys(doc, ev);
      const key = eventKey(ev.type, textDate(ev), keys, doc.id);
      this.s.insEvent.run(key, ev.type, textDate(ev), JSON.stringify(ev.actors), ev.location, ev.mode, ev.score ?? null,
        ev.cameo ?? null, ev.plover_mode ?? null, ev.trigger.text);
      const erow = (this.s.eventRow.get(key) as { rowid: number }).rowid;
      // an actor is found by its entity key and by the name the event gives it
      for (const a of new Set([...keys, ...ev.actors])) this.s.insActor.run(a, erow);
      this.s.insReport.run(erow, rowid, ev.type, ev.mode, ev.score ?? null, ev.trigger.start);
    }
  }
}
