// The embedded backend: one SQLite file (WAL), FTS5 for search, plain tables for entities and events.
import Database from "better-sqlite3";
import { existsSync, statSync } from "node:fs";
import { fold, lower } from "../../search/analyze.js";
import { highlightTerms, parseQuery, toMatch, type QueryTerm } from "../../search/query.js";
import { makeSnippet } from "../../search/snippet.js";
import { AmbiguousNameError, dayNumber, relationSeries, type Layers } from "../shared.js";
import type {
  ArticleInput, EntityProfile, EntitySummary, ExportKind, OpenOptions, PutResult, Relations, RelationsOptions,
  SearchFilters, SearchHit, SearchResult, Store, StoredArticle, StoreStats, Timeline, TimelineEvent, TimelineQuery,
} from "../types.js";
import { migrate, SCHEMA_VERSION } from "./schema.js";
import { ArticleWriter } from "./write.js";

const MAX_LIMIT = 1000;
/** Search counts stop here: a broader query reports this many (see SearchResult.total). */
const TOTAL_CAP = 10000;
/** Relevance search re-ranks this many of the best bm25 matches (per page window) with the recency boost. */
const RERANK_CANDIDATES = 200;
/** Date-sorted search over more matches than it counts first reads at most this many articles from the date index. */
const DATE_WINDOW_MAX = 50_000;
/** Column weights: stems of title, body, then their folded forms. */
const BM25 = "bm25(article_fts, 4.0, 2.0, 2.0, 1.0)";


function clampLimit(n: number | undefined, dflt: number): number {
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(Number.isFinite(n) ? (n as number) : dflt)));
}

/** FTS5 matches passing the search filters: `article_fts MATCH ?` (the expression comes first) and the filters' parameters. */
interface MatchWhere { where: string; params: unknown[] }

/** Smallest and largest of a list of numbers (too many for Math.min's arguments). */
function extent(xs: number[]): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const x of xs) {
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return [lo, hi];
}

interface EventRow { rowid: number; type: string; date: string | null; actors: string; location: string | null; mode: string; score: number | null; trigger: string | null }

export class SqliteStore implements Store {
  readonly kind = "sqlite";
  private db: Database.Database;
  private writer?: ArticleWriter;
  /** The newest publication date (the recency boost's reference) and the change version it was read at. */
  private newest?: { version: string; date: string | null };
  private ownWrites = 0;
  private hasRowidDates?: boolean;
  private statements = new Map<string, Database.Statement>();

  /** Search counts and ranks at most this many matches (TOTAL_CAP; smaller in tests of broad queries). */
  private readonly pool: number;

  constructor(readonly location: string, opts: OpenOptions = {}, tuning: { pool?: number } = {}) {
    this.pool = tuning.pool ?? TOTAL_CAP;
    if (opts.readonly && !existsSync(location)) throw new Error(`no database at ${location}`);
    this.db = new Database(location, { readonly: !!opts.readonly, timeout: 10000 });
    if (!opts.readonly) {
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      migrate(this.db);
    }
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("cache_size = -32000");
  }

  /** The underlying connection (tests and benchmarks). */
  get connection(): Database.Database {
    return this.db;
  }

  async putArticle(input: ArticleInput): Promise<PutResult> {
    return (await this.putArticles([input]))[0];
  }

  async putArticles(inputs: ArticleInput[]): Promise<PutResult[]> {
    this.writer ??= new ArticleWriter(this.db);
    const w = this.writer;
    const res = this.db.transaction(() => inputs.map((i) => w.put(i))).immediate();
    if (res.some((r) => r.status === "stored")) this.ownWrites++;
    return res;
  }

  /** Changes whenever the stored contents may have: a commit by this connection, or by any other
   *  (SQLite's data_version) — e.g. an ingest running while `serve` answers from cached results. */
  changeVersion(): string {
    return `${this.stmt("PRAGMA data_version").pluck().get() as number}:${this.ownWrites}`;
  }

  async hasArticle(idOrUrl: string): Promise<boolean> {
    return !!this.stmt("SELECT 1 FROM articles WHERE id = ? OR url = ?").get(idOrUrl, idOrUrl);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = this.db.prepare(`SELECT id, url, title, published, language, annotated, source, outlet, near_duplicate_of,
      ingested_at, text, layers FROM articles WHERE id = ?`).get(id) as (Omit<StoredArticle, keyof Layers | "annotated"> & { annotated: number; layers: string }) | undefined;
    if (!r) return null;
    const { layers, annotated, ...rest } = r;
    return { ...rest, annotated: !!annotated, ...(JSON.parse(layers) as Layers) };
  }

  private newestDate(): string | null {
    const v = this.changeVersion();
    if (!this.newest || this.newest.version !== v) this.newest = { version: v, date: (this.db.prepare("SELECT max(published) AS d FROM articles").get() as { d: string | null }).d };
    return this.newest.date;
  }

  /** Entity keys (and names) a filter or actor argument stands for; throws when ambiguous. */
  private resolveActor(q: string): string[] {
    const keys = this.resolveEntity(q);
    if (!keys.length) return [q];
    const names = this.db.prepare(`SELECT name FROM entities WHERE key IN (${keys.map(() => "?").join(",")})`).pluck().all(...keys) as string[];
    return [...new Set([...keys, ...names])];
  }

  /** Entity keys for an id, canonical name, alias, or an unambiguous part of a name. */
  private resolveEntity(q: string): string[] {
    q = q.trim();
    if (!q) return [];
    if (this.db.prepare("SELECT 1 FROM entities WHERE key = ?").get(q)) return [q];
    const f = fold(lower(q));
    const byName = this.db.prepare("SELECT key FROM entities WHERE folded = ? ORDER BY articles DESC").pluck().all(f) as string[];
    if (byName.length) return byName;
    let cands = this.db.prepare("SELECT DISTINCT entity_key FROM entity_aliases WHERE folded = ?").pluck().all(f) as string[];
    if (!cands.length) {
      // names holding the query as whole words (trigram look-up, then a word check)
      const words = f.split(/\s+/).filter(Boolean);
      const rows = (f.length >= 3
        ? this.db.prepare("SELECT DISTINCT entity_key AS k, name FROM entity_names WHERE entity_names MATCH ? LIMIT 500").all(`"${f.replace(/"/g, '""')}"`)
        : []) as { k: string; name: string }[];
      cands = [...new Set(rows.filter((r) => words.every((w) => r.name.split(/[^\p{L}\p{N}]+/u).includes(w))).map((r) => r.k))];
    }
    if (cands.length <= 1) return cands;
    const ranked = this.summaries(cands);
    if (ranked[0].articles >= 2 * ranked[1].articles) return [ranked[0].id];
    throw new AmbiguousNameError(q, ranked);
  }

  private summaries(keys: string[]): EntitySummary[] {
    if (!keys.length) return [];
    return this.db.prepare(`SELECT key AS id, name, name_en, type, iso, articles FROM entities
      WHERE key IN (${keys.map(() => "?").join(",")}) ORDER BY articles DESC, name`).all(...keys) as EntitySummary[];
  }

  /** A prepared statement per distinct SQL text (search and timeline build a few shapes of query).
   *  A caller that plucks must be the only user of its SQL text (pluck() changes the statement). */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size >= 256) this.statements.clear();
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  /** Search filters as sets of article rowids (subqueries selecting `r`), each answered from an index
   *  (published, language, mentions, event reports), never from the wide article rows. */
  private filterSets(f: SearchFilters): { sql: string; params: unknown[]; kind: "article" | "entity" | "type"; keys?: string[] }[] {
    const sets: ReturnType<SqliteStore["filterSets"]> = [];
    const byArticle: string[] = [];
    const params: unknown[] = [];
    if (f.language) { byArticle.push("language = ?"); params.push(f.language); }
    if (f.from) { byArticle.push("published >= ?"); params.push(f.from); }
    // "\uffff" makes a month or year bound include its whole period
    if (f.to) { byArticle.push("published <= ?"); params.push(`${f.to}\uffff`); }
    if (byArticle.length) sets.push({ sql: `SELECT rowid AS r FROM articles WHERE ${byArticle.join(" AND ")}`, params, kind: "article" });
    if (f.entity) {
      const keys = this.resolveActor(f.entity);
      sets.push({ sql: `SELECT article_rowid AS r FROM mentions WHERE entity_key IN (${keys.map(() => "?").join(",")})`, params: keys, kind: "entity", keys });
    }
    if (f.type) sets.push({ sql: "SELECT article_rowid AS r FROM event_reports WHERE type = ?", params: [f.type.toUpperCase()], kind: "type" });
    return sets;
  }

  /** Search filters as conditions on an article rowid column (`col`). */
  private articleConditions(f: SearchFilters, col: string): { sql: string[]; params: unknown[] } {
    const sets = this.filterSets(f);
    return { sql: sets.map((s) => `${col} IN (${s.sql})`), params: sets.flatMap((s) => s.params) };
  }

  /** The rowid range holding every article a date or entity filter lets through (cheap from their
   *  indexes), or null. FTS5 seeks to a rowid range itself, so a filtered search reads only the part
   *  of each word's matches that can pass, instead of testing every match from the newest down. */
  private filterRange(sets: ReturnType<SqliteStore["filterSets"]>, f: SearchFilters): [number | null, number | null] | null {
    let lo = -Infinity, hi = Infinity;
    let any = false;
    for (const s of sets) {
      let r: { lo: number | null; hi: number | null } | undefined;
      if (s.kind === "article" && (f.from || f.to)) r = this.stmt(`SELECT min(r) AS lo, max(r) AS hi FROM (${s.sql})`).get(...s.params) as typeof r;
      else if (s.kind === "entity") {
        const one = this.stmt("SELECT min(article_rowid) AS lo, max(article_rowid) AS hi FROM mentions WHERE entity_key = ?");
        const each = s.keys!.map((k) => one.get(k) as { lo: number | null; hi: number | null }).filter((x) => x.lo !== null);
        r = each.length ? { lo: Math.min(...each.map((x) => x.lo!)), hi: Math.max(...each.map((x) => x.hi!)) } : { lo: null, hi: null };
      }
      if (!r) continue;
      if (r.lo === null || r.hi === null) return [null, null];
      any = true;
      lo = Math.max(lo, r.lo);
      hi = Math.min(hi, r.hi);
    }
    return any ? [lo, hi] : null;
  }

  async search(query: string, f: SearchFilters = {}): Promise<SearchResult> {
    const terms = parseQuery(String(query ?? ""));
    const match = toMatch(terms);
    const limit = clampLimit(f.limit, 20), offset = clampLimit(f.offset, 0);
    let page: { total: number; rows: { rowid: number; score: number }[] };
    if (match) {
      page = f.sort === "date" || f.sort === "date_asc"
        ? this.matchesByDate(terms, this.matchWhere(f), f.sort === "date" ? "DESC" : "ASC", limit, offset)
        : this.rankByRelevance(terms, this.matchWhere(f), limit, offset);
    } else {
      if (terms.length === 0 && String(query ?? "").trim() && !f.from && !f.to && !f.language && !f.entity && !f.type) return { total: 0, results: [] };
      const { sql, params } = this.articleConditions(f, "a.rowid");
      const w = sql.length ? `WHERE ${sql.join(" AND ")}` : "";
      const dir = f.sort === "date_asc" ? "ASC" : "DESC";
      page = {
        total: (this.stmt(`SELECT count(*) AS n FROM articles a ${w}`).get(...params) as { n: number }).n,
        rows: this.stmt(`SELECT a.rowid, 0 AS score FROM articles a ${w} ORDER BY a.published ${dir}, a.rowid ${dir} LIMIT ? OFFSET ?`)
          .all(...params, limit, offset) as { rowid: number; score: number }[],
      };
    }
    const hl = highlightTerms(terms);
    const get = this.stmt("SELECT id, title, published, text, url, language FROM articles WHERE rowid = ?");
    const results: SearchHit[] = page.rows.map((r) => {
      const a = get.get(r.rowid) as { id: string; title: string | null; published: string | null; text: string; url: string | null; language: string };
      return { id: a.id, title: a.title, published: a.published, snippet: makeSnippet(a.text, hl), score: Math.round(r.score * 1000) / 1000, language: a.language, url: a.url };
    });
    return { total: page.total, results };
  }

  /** The WHERE clause of the FTS5 matches that pass the filters. "+" keeps the filters as checks on
   *  FTS matches (they must not drive a MATCH per article); the rowid range they span is for FTS5. */
  private matchWhere(f: SearchFilters): MatchWhere {
    const sets = this.filterSets(f);
    const range = this.filterRange(sets, f);
    const conds = sets.map((s) => ` AND +rowid IN (${s.sql})`).join("") + (range ? " AND rowid BETWEEN ? AND ?" : "");
    return { where: `article_fts MATCH ?${conds}`, params: [...sets.flatMap((s) => s.params), ...(range ?? [])] };
  }

  /** Relevance order, in three steps that each stay cheap on a broad query:
   *  1. the pool: the newest matches (FTS5 walks its index by rowid, most recently stored first, and
   *     stops after TOTAL_CAP + 1), which also counts them. A query with more than TOTAL_CAP matches
   *     is ranked among its TOTAL_CAP most recently stored ones (the same pool as the count);
   *  2. bm25 over the pool, computed by FTS5 for the query read without its implicit folded prefixes
   *     (the rowid range of the pool holds no other match). bm25 of a prefix costs a merge of every
   *     word it opens on, which for common words was most of the search time; an article the query
   *     matches only through a longer word (`Azərbaycanlı` for `Azərbaycan`) scores 0 and follows;
   *  3. the best RERANK_CANDIDATES get the recency boost and are re-sorted. An article outside them
   *     cannot reach the page unless its bm25 trails by less than the boost (at most 30%). */
  private rankByRelevance(terms: QueryTerm[], w: MatchWhere, limit: number, offset: number): { total: number; rows: { rowid: number; score: number }[] } {
    const want = Math.ceil((offset + limit) / RERANK_CANDIDATES) * RERANK_CANDIDATES || RERANK_CANDIDATES;
    const pool = this.matchPool(toMatch(terms)!, w);
    if (!pool.length) return { total: 0, rows: [] };
    const { where, params } = w;
    const scored = this.stmt(`SELECT rowid, ${BM25} AS b FROM article_fts WHERE ${where} AND rowid BETWEEN ? AND ? ORDER BY b, rowid DESC LIMIT ?`)
      .all(toMatch(terms, { implicitPrefix: false }), ...params, pool[pool.length - 1], pool[0], want) as { rowid: number; b: number }[];
    const cands = scored.map((r) => ({ rowid: r.rowid, bm25: -r.b }));
    if (cands.length < want) {
      const have = new Set(cands.map((c) => c.rowid));
      for (const rowid of pool) {
        if (cands.length >= want) break;
        if (!have.has(rowid)) cands.push({ rowid, bm25: 0 });
      }
    }
    const published = this.stmt(`SELECT published FROM articles ${this.rowidDates()} WHERE rowid = ?`).pluck();
    const ref = dayNumber(this.newestDate()) ?? dayNumber("2000-01-01")!;
    const ranked = cands.map(({ rowid, bm25 }) => {
      // bm25 (negated above: higher is better) with a boost for recent articles (relative to the newest stored)
      const day = dayNumber(published.get(rowid) as string | null) ?? ref - 3650;
      return { rowid, score: bm25 * (1 + 0.3 / (1 + Math.max(0, ref - day) / 90)) };
    });
    ranked.sort((x, y) => y.score - x.score || x.rowid - y.rowid);
    return { total: Math.min(pool.length, this.pool), rows: ranked.slice(offset, offset + limit) };
  }

  /** Reads dates by rowid from the narrow index of migration 4 (a database opened read-only may be older). */
  private rowidDates(): string {
    this.hasRowidDates ??= !!this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_rowid_published'").get();
    return this.hasRowidDates ? "INDEXED BY articles_rowid_published" : "";
  }

  /** The newest matches of `match` (most recently stored first), at most pool + 1: one FTS5 pass that
   *  stops early and counts them. */
  private matchPool(match: string, { where, params }: MatchWhere): number[] {
    return this.stmt(`SELECT rowid FROM article_fts WHERE ${where} ORDER BY rowid DESC LIMIT ${this.pool + 1}`).pluck().all(match, ...params) as number[];
  }

  /** Matches in publication-date order (ties: storage order, the same direction); bm25 scores only
   *  the page. When the pool holds every match, they are ordered by the narrow (rowid, published)
   *  index. A broader query walks the date index: first only as far as the page should need at the
   *  density the pool shows, testing those articles against the matches in their rowid range; when
   *  that window falls short, the whole walk, probing the set of every match. */
  private matchesByDate(terms: QueryTerm[], w: MatchWhere, dir: "ASC" | "DESC", limit: number, offset: number): { total: number; rows: { rowid: number; score: number }[] } {
    const match = toMatch(terms)!;
    const pool = this.matchPool(match, w);
    const total = Math.min(pool.length, this.pool);
    if (offset >= pool.length) return { total, rows: [] };
    let page: number[];
    if (pool.length <= this.pool) {
      page = this.stmt(`SELECT rowid FROM articles ${this.rowidDates()} WHERE rowid IN (SELECT value FROM json_each(?))
        ORDER BY published ${dir}, rowid ${dir} LIMIT ? OFFSET ?`).pluck().all(JSON.stringify(pool), limit, offset) as number[];
    } else {
      const { where, params } = w;
      const density = pool.length / (pool[0] - pool[pool.length - 1] + 1);
      const size = Math.ceil((2 * (offset + limit)) / density) + 100;
      const window = size <= DATE_WINDOW_MAX
        ? this.stmt(`SELECT rowid FROM articles INDEXED BY articles_published ORDER BY published ${dir}, rowid ${dir} LIMIT ?`).pluck().all(size) as number[]
        : [];
      const [lo, hi] = extent(window);
      const hits = new Set(window.length ? this.stmt(`SELECT rowid FROM article_fts WHERE ${where} AND rowid BETWEEN ? AND ?`).pluck()
        .all(match, ...params, lo, hi) as number[] : []);
      const found = window.filter((r) => hits.has(r));
      if (found.length >= offset + limit || (window.length && window.length < size)) page = found.slice(offset, offset + limit);
      else {
        page = this.stmt(`SELECT rowid FROM articles INDEXED BY articles_published WHERE rowid IN (SELECT rowid FROM article_fts WHERE ${where})
          ORDER BY published ${dir}, rowid ${dir} LIMIT ? OFFSET ?`).pluck().all(match, ...params, limit, offset) as number[];
      }
    }
    return { total, rows: this.pageScores(toMatch(terms, { implicitPrefix: false })!, page) };
  }

  /** bm25 of a page of matches in one FTS5 pass over their rowid range (a MATCH per row would
   *  repeat the per-query set-up, which dominates for common words), for the query read without
   *  implicit prefixes as in relevance order (see rankByRelevance). */
  private pageScores(match: string, page: number[]): { rowid: number; score: number }[] {
    if (!page.length) return [];
    const scores = new Map<number, number>();
    const rows = this.stmt(`SELECT rowid, ${BM25} AS b FROM article_fts WHERE article_fts MATCH ? AND rowid BETWEEN ? AND ?`)
      .all(match, ...extent(page)) as { rowid: number; b: number }[];
    for (const r of rows) scores.set(r.rowid, -r.b);
    return page.map((rowid) => ({ rowid, score: scores.get(rowid) ?? 0 }));
  }

  private eventRows(actorSets: string[][], q: { from?: string; to?: string; type?: string; mode?: string }, limit: number, offset: number): { total: number; rows: EventRow[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    for (const set of actorSets) {
      where.push(`e.rowid IN (SELECT event_rowid FROM event_actors WHERE actor IN (${set.map(() => "?").join(",")}))`);
      params.push(...set);
    }
    if (q.from) { where.push("e.date >= ?"); params.push(q.from); }
    if (q.to) { where.push("e.date <= ?"); params.push(`${q.to}\uffff`); }
    if (q.type) { where.push("e.type = ?"); params.push(q.type.toUpperCase()); }
    if (q.mode) { where.push("e.mode = ?"); params.push(q.mode); }
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const total = (this.db.prepare(`SELECT count(*) AS n FROM events e ${w}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT e.rowid, e.type, e.date, e.actors, e.location, e.mode, e.score, e.trigger FROM events e ${w}
      ORDER BY e.date IS NULL, e.date, e.rowid LIMIT ? OFFSET ?`).all(...params, limit, offset) as EventRow[];
    return { total, rows };
  }

  private toTimelineEvents(rows: EventRow[]): TimelineEvent[] {
    if (!rows.length) return [];
    const src = new Map<number, string[]>();
    const q = this.db.prepare(`SELECT DISTINCT r.event_rowid AS e, coalesce(a.near_duplicate_of, a.id) AS id FROM event_reports r
      JOIN articles a ON a.rowid = r.article_rowid WHERE r.event_rowid IN (${rows.map(() => "?").join(",")}) ORDER BY a.published, a.rowid`);
    for (const r of q.all(...rows.map((x) => x.rowid)) as { e: number; id: string }[]) {
      const l = src.get(r.e) ?? [];
      if (!l.includes(r.id)) l.push(r.id);
      src.set(r.e, l);
    }
    return rows.map((r) => ({
      type: r.type, date: r.date, actors: JSON.parse(r.actors) as string[], location: r.location, mode: r.mode,
      score: r.score, sources: src.get(r.rowid) ?? [], trigger: r.trigger ?? undefined,
    }));
  }

  async timeline(query: TimelineQuery = {}): Promise<Timeline> {
    const actorSets = (query.actors ?? []).filter((a) => a.trim()).map((a) => this.resolveActor(a));
    const { total, rows } = this.eventRows(actorSets, query, clampLimit(query.limit, 200), clampLimit(query.offset, 0));
    const names = actorSets.map((s, i) => this.summaries(s)[0]?.name ?? query.actors![i]);
    return { total, events: this.toTimelineEvents(rows), actors: names };
  }

  async relations(a: string, b: string, opts: RelationsOptions = {}): Promise<Relations> {
    const by = opts.by === "week" ? "week" : "month";
    const sets = [this.resolveActor(a), this.resolveActor(b)];
    const { rows } = this.eventRows(sets, { from: opts.from, to: opts.to }, 1_000_000, 0);
    const events = this.toTimelineEvents(rows.filter((r) => r.date));
    return { a: this.summaries(sets[0])[0]?.name ?? a, b: this.summaries(sets[1])[0]?.name ?? b, by, series: relationSeries(events, by, !!opts.events) };
  }

  async entity(idOrName: string): Promise<EntityProfile | null> {
    const keys = this.resolveEntity(idOrName);
    if (!keys.length) return null;
    const key = keys[0];
    const e = this.db.prepare("SELECT key, name, name_en, type, iso FROM entities WHERE key = ?").get(key) as { key: string; name: string; name_en: string | null; type: string; iso: string | null };
    const aliases = this.db.prepare("SELECT alias AS text, count FROM entity_aliases WHERE entity_key = ? ORDER BY count DESC, alias LIMIT 50").all(key) as { text: string; count: number }[];
    const mentions = this.db.prepare(`SELECT substr(a.published, 1, 7) AS period, count(*) AS count FROM mentions m
      JOIN articles a ON a.rowid = m.article_rowid WHERE m.entity_key = ? AND a.published IS NOT NULL GROUP BY period ORDER BY period`).all(key) as { period: string; count: number }[];
    const total = (this.db.prepare("SELECT count(*) AS n FROM mentions WHERE entity_key = ?").get(key) as { n: number }).n;
    const cooccurring = this.db.prepare(`SELECT e.key AS id, e.name, e.type, count(*) AS count FROM mentions m1
      JOIN mentions m2 ON m2.article_rowid = m1.article_rowid AND m2.entity_key != m1.entity_key
      JOIN entities e ON e.key = m2.entity_key WHERE m1.entity_key = ? GROUP BY e.key ORDER BY count DESC, e.name LIMIT 20`).all(key) as EntityProfile["cooccurring"];
    const { rows } = this.eventRows([[key, e.name]], {}, 200, 0);
    return { id: e.key, name: e.name, name_en: e.name_en, type: e.type, iso: e.iso, aliases, mentions, total_mentions: total, cooccurring, events: this.toTimelineEvents(rows) };
  }

  async findEntities(name: string, limit = 20): Promise<EntitySummary[]> {
    const f = fold(lower(name.trim()));
    if (!f) return [];
    const keys = f.length >= 3
      ? (this.db.prepare("SELECT DISTINCT entity_key FROM entity_names WHERE entity_names MATCH ? LIMIT 1000").pluck().all(`"${f.replace(/"/g, '""')}"`) as string[])
      : (this.db.prepare("SELECT key FROM entities WHERE folded LIKE ? ESCAPE '\\' LIMIT 1000").pluck().all(`${f.replace(/[\\%_]/g, "\\$&")}%`) as string[]);
    return this.summaries(keys).slice(0, clampLimit(limit, 20));
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number | null }).n ?? 0;
    const langs: Record<string, number> = {};
    for (const r of this.db.prepare("SELECT language, count(*) AS n FROM articles GROUP BY language ORDER BY n DESC").all() as { language: string; n: number }[]) langs[r.language] = r.n;
    const range = this.db.prepare("SELECT min(published) AS a, max(published) AS b FROM articles").get() as { a: string | null; b: string | null };
    let bytes: number | undefined;
    try {
      bytes = statSync(this.location).size + (existsSync(`${this.location}-wal`) ? statSync(`${this.location}-wal`).size : 0);
    } catch { /* in-memory */ }
    return {
      articles: one("SELECT count(*) AS n FROM articles"),
      entities: one("SELECT count(*) AS n FROM entities"),
      events: one("SELECT count(*) AS n FROM events"),
      event_reports: one("SELECT count(*) AS n FROM event_reports"),
      mentions: one("SELECT sum(count) AS n FROM mentions"),
      quotes: one("SELECT sum(n_quotes) AS n FROM articles"),
      near_duplicates: one("SELECT count(*) AS n FROM articles WHERE near_duplicate_of IS NOT NULL"),
      languages: langs,
      first_published: range.a,
      last_published: range.b,
      schema_version: SCHEMA_VERSION,
      bytes,
    };
  }

  async *export(kind: ExportKind): AsyncIterable<Record<string, unknown>> {
    if (kind === "articles") {
      const it = this.db.prepare(`SELECT id, url, title, published, language, annotated, source, outlet, near_duplicate_of, text
        FROM articles ORDER BY rowid`).iterate() as IterableIterator<Record<string, unknown>>;
      for (const r of it) yield { ...r, annotated: !!r.annotated };
    } else if (kind === "entities") {
      for (const r of this.db.prepare("SELECT key AS id, name, name_en, type, iso, articles FROM entities ORDER BY articles DESC, key").iterate())
        yield r as Record<string, unknown>;
    } else if (kind === "events") {
      const isoOf = this.db.prepare("SELECT iso FROM entities WHERE name = ? AND iso IS NOT NULL LIMIT 1").pluck();
      const urlOf = this.db.prepare("SELECT url FROM articles WHERE id = ?").pluck();
      const extra = this.db.prepare("SELECT cameo, plover_mode, (SELECT count(*) FROM event_reports r WHERE r.event_rowid = e.rowid) AS reports FROM events e WHERE rowid = ?");
      // in pages, so the sources query of each page runs between reads
      for (let offset = 0; ; offset += 500) {
        const { rows } = this.eventRows([], {}, 500, offset);
        if (!rows.length) break;
        const evs = this.toTimelineEvents(rows);
        for (let i = 0; i < rows.length; i++) {
          const x = extra.get(rows[i].rowid) as { cameo: string | null; plover_mode: string | null; reports: number };
          yield {
            id: rows[i].rowid, ...evs[i], cameo: x.cameo, plover_mode: x.plover_mode, reports: x.reports,
            actor_iso: evs[i].actors.map((a) => (isoOf.get(a) as string | undefined) ?? null),
            source_url: evs[i].sources.length ? ((urlOf.get(evs[i].sources[0]) as string | null) ?? null) : null,
          };
        }
      }
    } else throw new Error(`unknown export kind "${kind as string}"`);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
