// The server backend: PostgreSQL through `pg`. Same queries and result shapes as the SQLite store;
// search is a tsvector of the project's own stems (tsearch.ts) ranked with ts_rank and the same
// recency boost (over the newest matches when a query matches very many), names are found through a
// pg_trgm index. Safe for many concurrent writers.
import pg from "pg";
import { fold, lower } from "../../search/analyze.js";
import { highlightTerms, parseQuery } from "../../search/query.js";
import { makeSnippet } from "../../search/snippet.js";
import { AmbiguousNameError, relationSeries, type Layers } from "../shared.js";
import type {
  ArticleInput, EntityProfile, EntitySummary, ExportKind, OpenOptions, PutResult, Relations, RelationsOptions,
  SearchFilters, SearchHit, SearchResult, Store, StoredArticle, StoreStats, Timeline, TimelineEvent, TimelineQuery,
} from "../types.js";
import { migratePg, PG_SCHEMA_VERSION } from "./schema.js";
import { RANK_NORMALIZATION, RANK_WEIGHTS, toTsquery } from "./tsearch.js";
import { writeArticles } from "./write.js";
import { dayNumber } from "../shared.js";

const MAX_LIMIT = 1000;
/** Relevance ranks at most this many matches, the newest: ts_rank reads every candidate's whole
 *  tsvector, so ranking all matches of a broad query would cost seconds on a large database. */
const RANK_CANDIDATES = 1000;
/** Deadlock and serialization failures: the transaction is safe to run again. */
const RETRYABLE = new Set(["40P01", "40001"]);

function clampLimit(n: number | undefined, dflt: number): number {
  return Math.max(0, Math.min(MAX_LIMIT, Math.floor(Number.isFinite(n) ? (n as number) : dflt)));
}

/** PostgreSQL text cannot hold NUL; anything typed may contain one. */
function clean<T>(v: T): T {
  return (typeof v === "string" ? v.replace(/\u0000/g, "") : v) as T;
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, "\\$&");
}

/** The URL with any password masked, for messages and `location`. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.href;
  } catch {
    return "postgres://…";
  }
}

interface EventRow { rid: number; type: string; date: string | null; actors: string[]; location: string | null; mode: string; score: number | null; trigger: string | null }

export class PostgresStore implements Store {
  readonly kind = "postgres";
  readonly location: string;
  private newest?: string | null;

  constructor(readonly pool: pg.Pool, url: string) {
    this.location = safeUrl(url);
  }

  private async q<R = Record<string, any>>(sql: string, params: unknown[] = []): Promise<R[]> {
    return (await this.pool.query(sql, params.map(clean))).rows as R[];
  }

  /** Runs fn in one transaction on one connection; runs it again after a deadlock. */
  async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>, retries = 8): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const c = await this.pool.connect();
      let broken = false;
      try {
        await c.query("BEGIN");
        const r = await fn(c);
        await c.query("COMMIT");
        return r;
      } catch (e) {
        await c.query("ROLLBACK").catch(() => { broken = true; });
        if (attempt < retries && RETRYABLE.has((e as { code?: string }).code ?? "")) {
          await new Promise((res) => setTimeout(res, 5 + Math.random() * 20 * (attempt + 1)));
          continue;
        }
        throw e;
      } finally {
        c.release(broken);
      }
    }
  }

  /** Runs fn on one connection with sequential scans of articles priced out: the planner does not
   *  count reading the out-of-line tsvector of every row that a scan filtered by `@@` does (seconds on
   *  a large table), so it would take such a scan for a broad or prefix query over the GIN index. */
  private async indexedRead<T>(fn: (q: <R>(sql: string, params: unknown[]) => Promise<R[]>) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    let broken = false;
    try {
      await c.query("BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL jit = off");
      const r = await fn(async <R>(sql: string, params: unknown[]) => (await c.query(sql, params.map(clean))).rows as R[]);
      await c.query("COMMIT");
      return r;
    } catch (e) {
      await c.query("ROLLBACK").catch(() => { broken = true; });
      throw e;
    } finally {
      c.release(broken);
    }
  }

  /** Stores a batch inside an open transaction (the job queue completes its jobs in the same one). */
  async putArticlesIn(c: pg.ClientBase, inputs: ArticleInput[]): Promise<PutResult[]> {
    const res = await writeArticles(c, inputs);
    if (res.some((r) => r.status === "stored")) this.newest = undefined;
    return res;
  }

  async putArticle(input: ArticleInput): Promise<PutResult> {
    return (await this.putArticles([input]))[0];
  }

  async putArticles(inputs: ArticleInput[]): Promise<PutResult[]> {
    if (!inputs.length) return [];
    return this.transaction((c) => this.putArticlesIn(c, inputs));
  }

  async hasArticle(idOrUrl: string): Promise<boolean> {
    return (await this.q("SELECT 1 FROM articles WHERE id = $1 OR url = $1 LIMIT 1", [idOrUrl])).length > 0;
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const [r] = await this.q<Omit<StoredArticle, keyof Layers> & { layers: Layers }>(`SELECT id, url, title, published, language, annotated,
      source, outlet, near_duplicate_of, ingested_at, text, layers FROM articles WHERE id = $1`, [id]);
    if (!r) return null;
    const { layers, ...rest } = r;
    return { ...rest, ...layers };
  }

  private async newestDate(): Promise<string | null> {
    if (this.newest === undefined) this.newest = (await this.q<{ d: string | null }>("SELECT max(published) AS d FROM articles"))[0].d;
    return this.newest;
  }

  private async resolveActor(q: string): Promise<string[]> {
    const keys = await this.resolveEntity(q);
    if (!keys.length) return [q];
    const names = (await this.q<{ name: string }>("SELECT name FROM entities WHERE key = ANY($1::text[])", [keys])).map((r) => r.name);
    return [...new Set([...keys, ...names])];
  }

  /** Entity keys for an id, canonical name, alias, or an unambiguous part of a name. */
  private async resolveEntity(q: string): Promise<string[]> {
    q = clean(q).trim();
    if (!q) return [];
    if ((await this.q("SELECT 1 FROM entities WHERE key = $1", [q])).length) return [q];
    const f = fold(lower(q));
    const byName = (await this.q<{ key: string }>("SELECT key FROM entities WHERE folded = $1 ORDER BY articles DESC", [f])).map((r) => r.key);
    if (byName.length) return byName;
    let cands = (await this.q<{ k: string }>("SELECT DISTINCT entity_key AS k FROM entity_aliases WHERE folded = $1", [f])).map((r) => r.k);
    if (!cands.length && f.length >= 3) {
      // names holding the query as whole words (trigram look-up, then a word check)
      const words = f.split(/\s+/).filter(Boolean);
      const rows = await this.q<{ k: string; name: string }>(
        "SELECT entity_key AS k, name FROM entity_names WHERE name LIKE $1 LIMIT 500", [`%${likeEscape(f)}%`]);
      cands = [...new Set(rows.filter((r) => words.every((w) => r.name.split(/[^\p{L}\p{N}]+/u).includes(w))).map((r) => r.k))];
    }
    if (cands.length <= 1) return cands;
    const ranked = await this.summaries(cands);
    if (ranked[0].articles >= 2 * ranked[1].articles) return [ranked[0].id];
    throw new AmbiguousNameError(q, ranked);
  }

  private async summaries(keys: string[]): Promise<EntitySummary[]> {
    if (!keys.length) return [];
    return this.q<EntitySummary>(`SELECT key AS id, name, name_en, type, iso, articles FROM entities
      WHERE key = ANY($1::text[]) ORDER BY articles DESC, name`, [keys]);
  }

  async search(query: string, f: SearchFilters = {}): Promise<SearchResult> {
    const raw = String(query ?? "");
    const terms = parseQuery(raw);
    const tsq = toTsquery(terms);
    if (terms.length && !tsq) return { total: 0, results: [] };
    const params: unknown[] = [];
    const P = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    if (tsq) where.push(`a.tsv @@ ${P(tsq)}::tsquery`);
    // With a text query the dates only check the matches, written so that the date index cannot drive
    // the scan: the planner does not price reading each dated article's tsvector, which that costs.
    const published = tsq ? "(a.published || '')" : "a.published";
    if (f.from) where.push(`${published} >= ${P(f.from)}`);
    // "\uffff" makes a month or year bound include its whole period (as in SQLite)
    if (f.to) where.push(`${published} <= ${P(`${f.to}\uffff`)}`);
    if (f.language) where.push(`a.language = ${P(f.language)}`);
    if (f.entity) {
      const keys = await this.resolveActor(f.entity);
      where.push(`a.rid IN (SELECT article_rid FROM mentions WHERE entity_key = ANY(${P(keys)}::text[]))`);
    }
    if (f.type) where.push(`a.rid IN (SELECT article_rid FROM event_reports WHERE type = ${P(f.type.toUpperCase())})`);
    if (!tsq && terms.length === 0 && raw.trim() && where.length === 0) return { total: 0, results: [] };
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const limit = clampLimit(f.limit, 20), offset = clampLimit(f.offset, 0);
    const countParams = [...params];
    const byDate = `a.published ${f.sort === "date_asc" ? "ASC NULLS FIRST" : "DESC NULLS LAST"}, a.rid`;
    const relevance = !!tsq && f.sort !== "date" && f.sort !== "date_asc";
    let score = "0::float8";
    if (tsq) {
      const ref = dayNumber(await this.newestDate()) ?? dayNumber("2000-01-01")!;
      // the same recency boost as SQLite: up to +30% for the newest, fading over months
      score = `ts_rank('${RANK_WEIGHTS}', a.tsv, $1::tsquery, ${RANK_NORMALIZATION}) * (1.0 + 0.3 / (1.0 + greatest(0, ${P(ref)}::int - coalesce(a.published_day, $${params.length}::int - 3650)) / 90.0))`;
    }
    // One pass over the matches' narrow rows counts them and picks the candidates (for date order the
    // page itself, for relevance the newest RANK_CANDIDATES); only the candidates are scored.
    const cands = relevance
      ? `SELECT a.rid, count(*) OVER ()::int AS total FROM articles a ${w} ORDER BY a.published DESC NULLS LAST, a.rid LIMIT ${Math.max(RANK_CANDIDATES, offset + limit)}`
      : `SELECT a.rid, count(*) OVER ()::int AS total FROM articles a ${w} ORDER BY ${byDate} LIMIT ${P(limit)} OFFSET ${P(offset)}`;
    const page = `SELECT c.rid, c.total, ${score} AS score FROM (${cands}) c JOIN articles a ON a.rid = c.rid`
      + (relevance ? ` ORDER BY score DESC, a.rid LIMIT ${P(limit)} OFFSET ${P(offset)}` : ` ORDER BY ${byDate}`);
    const { ranked, total } = await this.indexedRead(async (q) => {
      const ranked = await q<{ rid: number; total: number; score: number }>(page, params);
      // past the last page the count comes apart
      const total = ranked.length ? ranked[0].total : (await q<{ n: number }>(`SELECT count(*)::int AS n FROM articles a ${w}`, countParams))[0].n;
      return { ranked, total };
    });
    // the wide columns (the text, for the snippet) only for the page's rows
    const wide = new Map((await this.q<{ rid: number; id: string; title: string | null; published: string | null; text: string; url: string | null; language: string }>(
      "SELECT rid, id, title, published, text, url, language FROM articles WHERE rid = ANY($1::int[])", [ranked.map((r) => r.rid)])).map((a) => [a.rid, a]));
    const hl = highlightTerms(terms);
    const results: SearchHit[] = ranked.map(({ rid, score }) => {
      const a = wide.get(rid)!;
      return { id: a.id, title: a.title, published: a.published, snippet: makeSnippet(a.text, hl), score: Math.round(score * 1000) / 1000, language: a.language, url: a.url };
    });
    return { total, results };
  }

  private async eventRows(actorSets: string[][], q: { from?: string; to?: string; type?: string; mode?: string }, limit: number, offset: number): Promise<{ total: number; rows: EventRow[] }> {
    const params: unknown[] = [];
    const P = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    for (const set of actorSets) where.push(`e.rid IN (SELECT event_rid FROM event_actors WHERE actor = ANY(${P(set)}::text[]))`);
    if (q.from) where.push(`e.date >= ${P(q.from)}`);
    if (q.to) where.push(`e.date <= ${P(`${q.to}\uffff`)}`);
    if (q.type) where.push(`e.type = ${P(q.type.toUpperCase())}`);
    if (q.mode) where.push(`e.mode = ${P(q.mode)}`);
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    // actors alone are counted from event_actors' primary key, without reading the events
    const total = actorSets.length && where.length === actorSets.length
      ? (await this.q<{ n: number }>(`SELECT count(*)::int AS n FROM (${actorSets.map((_, k) => `SELECT event_rid FROM event_actors WHERE actor = ANY($${k + 1}::text[])`).join(" INTERSECT ")}) x`, actorSets))[0].n
      : (await this.q<{ n: number }>(`SELECT count(*)::int AS n FROM events e ${w}`, params))[0].n;
    // ascending dates put undated events last, and (date, rid) is an index: the page is read in order
    const rows = await this.q<EventRow>(`SELECT e.rid, e.type, e.date, e.actors, e.location, e.mode, e.score, e.trigger FROM events e ${w}
      ORDER BY e.date, e.rid LIMIT ${P(limit)} OFFSET ${P(offset)}`, params);
    return { total, rows };
  }

  private async toTimelineEvents(rows: EventRow[]): Promise<TimelineEvent[]> {
    if (!rows.length) return [];
    const src = new Map<number, string[]>();
    const reports = await this.q<{ e: number; id: string }>(`SELECT r.event_rid AS e, coalesce(a.near_duplicate_of, a.id) AS id FROM event_reports r
      JOIN articles a ON a.rid = r.article_rid WHERE r.event_rid = ANY($1::int[]) ORDER BY a.published NULLS FIRST, a.rid`, [rows.map((x) => x.rid)]);
    for (const r of reports) {
      const l = src.get(r.e) ?? [];
      if (!l.includes(r.id)) l.push(r.id);
      src.set(r.e, l);
    }
    return rows.map((r) => ({
      type: r.type, date: r.date, actors: r.actors, location: r.location, mode: r.mode,
      score: r.score, sources: src.get(r.rid) ?? [], trigger: r.trigger ?? undefined,
    }));
  }

  async timeline(query: TimelineQuery = {}): Promise<Timeline> {
    const actorSets: string[][] = [];
    for (const a of (query.actors ?? []).filter((x) => x.trim())) actorSets.push(await this.resolveActor(a));
    const { total, rows } = await this.eventRows(actorSets, query, clampLimit(query.limit, 200), clampLimit(query.offset, 0));
    const names: string[] = [];
    for (let i = 0; i < actorSets.length; i++) names.push((await this.summaries(actorSets[i]))[0]?.name ?? query.actors![i]);
    return { total, events: await this.toTimelineEvents(rows), actors: names };
  }

  async relations(a: string, b: string, opts: RelationsOptions = {}): Promise<Relations> {
    const by = opts.by === "week" ? "week" : "month";
    const sets = [await this.resolveActor(a), await this.resolveActor(b)];
    const { rows } = await this.eventRows(sets, { from: opts.from, to: opts.to }, 1_000_000, 0);
    const events = await this.toTimelineEvents(rows.filter((r) => r.date));
    return {
      a: (await this.summaries(sets[0]))[0]?.name ?? a, b: (await this.summaries(sets[1]))[0]?.name ?? b,
      by, series: relationSeries(events, by, !!opts.events),
    };
  }

  async entity(idOrName: string): Promise<EntityProfile | null> {
    const keys = await this.resolveEntity(idOrName);
    if (!keys.length) return null;
    const key = keys[0];
    const [e] = await this.q<{ key: string; name: string; name_en: string | null; type: string; iso: string | null }>(
      "SELECT key, name, name_en, type, iso FROM entities WHERE key = $1", [key]);
    const aliases = await this.q<{ text: string; count: number }>(
      "SELECT alias AS text, count FROM entity_aliases WHERE entity_key = $1 ORDER BY count DESC, alias LIMIT 50", [key]);
    const mentions = await this.q<{ period: string; count: number }>(`SELECT substr(a.published, 1, 7) AS period, count(*)::int AS count
      FROM mentions m JOIN articles a ON a.rid = m.article_rid WHERE m.entity_key = $1 AND a.published IS NOT NULL
      GROUP BY period ORDER BY period`, [key]);
    const total = (await this.q<{ n: number }>("SELECT count(*)::int AS n FROM mentions WHERE entity_key = $1", [key]))[0].n;
    const cooccurring = await this.q<EntityProfile["cooccurring"][number]>(`SELECT e.key AS id, e.name, e.type, count(*)::int AS count
      FROM mentions m1 JOIN mentions m2 ON m2.article_rid = m1.article_rid AND m2.entity_key <> m1.entity_key
      JOIN entities e ON e.key = m2.entity_key WHERE m1.entity_key = $1 GROUP BY e.key ORDER BY count DESC, e.name LIMIT 20`, [key]);
    const { rows } = await this.eventRows([[key, e.name]], {}, 200, 0);
    return {
      id: e.key, name: e.name, name_en: e.name_en, type: e.type, iso: e.iso, aliases, mentions, total_mentions: total, cooccurring,
      events: await this.toTimelineEvents(rows),
    };
  }

  async findEntities(name: string, limit = 20): Promise<EntitySummary[]> {
    const f = fold(lower(clean(String(name ?? "")).trim()));
    if (!f) return [];
    const keys = f.length >= 3
      ? (await this.q<{ k: string }>("SELECT DISTINCT entity_key AS k FROM entity_names WHERE name LIKE $1 LIMIT 1000", [`%${likeEscape(f)}%`])).map((r) => r.k)
      : (await this.q<{ k: string }>("SELECT key AS k FROM entities WHERE folded LIKE $1 LIMIT 1000", [`${likeEscape(f)}%`])).map((r) => r.k);
    return (await this.summaries(keys)).slice(0, clampLimit(limit, 20));
  }

  async stats(): Promise<StoreStats> {
    const [s] = await this.q(`SELECT
      (SELECT count(*)::int FROM articles) AS articles,
      (SELECT count(*)::int FROM entities) AS entities,
      (SELECT count(*)::int FROM events) AS events,
      (SELECT count(*)::int FROM event_reports) AS event_reports,
      (SELECT coalesce(sum(count), 0)::int FROM mentions) AS mentions,
      (SELECT coalesce(sum(n_quotes), 0)::int FROM articles) AS quotes,
      (SELECT count(*)::int FROM articles WHERE near_duplicate_of IS NOT NULL) AS near_duplicates,
      (SELECT min(published) FROM articles) AS first_published,
      (SELECT max(published) FROM articles) AS last_published,
      pg_database_size(current_database())::float8 AS bytes`);
    const languages: Record<string, number> = {};
    for (const r of await this.q<{ language: string; n: number }>("SELECT language, count(*)::int AS n FROM articles GROUP BY language ORDER BY n DESC, language"))
      languages[r.language] = r.n;
    return {
      articles: s.articles, entities: s.entities, events: s.events, event_reports: s.event_reports, mentions: s.mentions, quotes: s.quotes,
      near_duplicates: s.near_duplicates, languages, first_published: s.first_published, last_published: s.last_published,
      schema_version: PG_SCHEMA_VERSION, bytes: s.bytes,
    };
  }

  async *export(kind: ExportKind): AsyncIterable<Record<string, unknown>> {
    if (kind === "articles") {
      // keyset pages, so a large table streams without a server-side cursor
      for (let after = 0; ;) {
        const rows = await this.q(`SELECT rid, id, url, title, published, language, annotated, source, outlet, near_duplicate_of, text
          FROM articles WHERE rid > $1 ORDER BY rid LIMIT 500`, [after]);
        if (!rows.length) break;
        for (const { rid, ...r } of rows) {
          after = rid;
          yield r;
        }
      }
    } else if (kind === "entities") {
      for (let offset = 0; ; offset += 1000) {
        const rows = await this.q("SELECT key AS id, name, name_en, type, iso, articles FROM entities ORDER BY articles DESC, key LIMIT 1000 OFFSET $1", [offset]);
        if (!rows.length) break;
        yield* rows;
      }
    } else if (kind === "events") {
      for (let offset = 0; ; offset += 500) {
        const { rows } = await this.eventRows([], {}, 500, offset);
        if (!rows.length) break;
        const extra = new Map((await this.q<{ rid: number; cameo: string | null; plover_mode: string | null }>(
          "SELECT rid, cameo, plover_mode FROM events WHERE rid = ANY($1::int[])", [rows.map((r) => r.rid)])).map((r) => [r.rid, r]));
        const evs = await this.toTimelineEvents(rows);
        for (let i = 0; i < rows.length; i++)
          yield { id: rows[i].rid, ...evs[i], cameo: extra.get(rows[i].rid)?.cameo ?? null, plover_mode: extra.get(rows[i].rid)?.plover_mode ?? null };
      }
    } else throw new Error(`unknown export kind "${kind as string}"`);
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}

/** Connects to `url`, runs the migrations (unless read-only) and returns the store. */
export async function openPostgresStore(url: string, opts: OpenOptions = {}): Promise<PostgresStore> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.SALNAME_PG_POOL) || 8,
    options: opts.readonly ? "-c default_transaction_read_only=on" : undefined,
  });
  pool.on("error", () => { /* an idle connection dropped; the pool replaces it */ });
  const store = new PostgresStore(pool, url);
  try {
    const c = await pool.connect();
    try {
      if (opts.readonly) {
        const ok = (await c.query("SELECT to_regclass('articles') IS NOT NULL AS ok")).rows[0].ok;
        if (!ok) throw new Error("no Salnamə database there (run ingest first)");
      } else await migratePg(c);
    } finally {
      c.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    throw new Error(`PostgreSQL at ${safeUrl(url)}: ${(e as Error).message}`);
  }
  return store;
}
