// The chronicle store: ONE asynchronous interface that every backend (SQLite now, PostgreSQL later)
// satisfies and that the CLI and the HTTP API call. Every method returns a Promise so a networked
// backend fits the same shape. Keep this file stable: other modules code against it.
import type { Doc, EntityType, EventMode, EventType } from "../text/doc.js";

/** What ingestion hands the store: an article, annotated (language has a folder) or text only. */
export interface ArticleInput {
  /** The annotated document (id, text, title, url, document_date, language and every layer). */
  doc: Doc;
  /** False when the language has no folder: stored and searchable as text, layers empty. */
  annotated: boolean;
  /** Where it came from: a file path, `file.jsonl:LINE`, or the URL fetched. */
  source?: string;
  /** Publishing outlet (host name or the record's `source`), used to tell syndicated copies apart. */
  outlet?: string;
  /** Search terms (space-separated stems of title and body) when ingestion computed them already
   *  (worker threads send these instead of the tokens); otherwise taken from doc.tokens. */
  terms?: { title: string; body: string };
}

export type PutStatus = "stored" | "duplicate";

export interface PutResult {
  id: string;
  status: PutStatus;
  /** For a duplicate: the id of the article already stored. For a near duplicate (syndicated copy
   *  from another outlet, stored anyway): the article it copies. */
  duplicateOf?: string;
  nearDuplicateOf?: string;
}

/** A stored article with every annotation layer (the `annotate` JSON minus tokens, plus metadata). */
export interface StoredArticle {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  language: string;
  annotated: boolean;
  source: string | null;
  outlet: string | null;
  /** Set when this article is a syndicated copy of an earlier one. */
  near_duplicate_of: string | null;
  ingested_at: string;
  text: string;
  sentences: { start: number; end: number }[];
  entities: { start: number; end: number; text: string; type: EntityType; name: string; id?: string; name_en?: string; iso?: string }[];
  timexes: { start: number; end: number; text: string; type: string; value: string; mod?: string; endValue?: string }[];
  events: { type: EventType; trigger: { start: number; end: number; text: string }; actors: string[]; date: string | null; date_basis?: "document"; location: string | null; mode: EventMode; cameo?: string; plover_mode?: string; score?: number }[];
  quotes: { start: number; end: number; text: string; speaker: string | null; cue?: string }[];
}

export type SearchSort = "relevance" | "date" | "date_asc";

export interface SearchFilters {
  /** Published on or after / on or before (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** Articles mentioning this entity (id, canonical name or alias). */
  entity?: string;
  /** Articles with an event of this PLOVER type. */
  type?: string;
  language?: string;
  limit?: number;
  offset?: number;
  sort?: SearchSort;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  /** Text around the densest matches; matched words wrapped in [[ ]] (src/search/snippet.ts). */
  snippet: string;
  /** Higher is better: bm25 relevance with a recency boost. */
  score: number;
  language?: string;
  url?: string | null;
}

export interface SearchResult {
  /** Matching articles. SQLite counts a text query's matches up to 10,000 and reports 10,000 for
   *  anything broader (a lower bound); counts without a text query are exact. A broader query is
   *  ranked among its 10,000 most recently stored matches (recent news is what people look for). */
  total: number;
  results: SearchHit[];
}

export interface TimelineQuery {
  /** Entity ids, canonical names or unambiguous aliases; an event must involve all of them. */
  actors?: string[];
  from?: string;
  to?: string;
  type?: string;
  mode?: string;
  limit?: number;
  offset?: number;
}

/** One real-world event: reports of the same type, date and actors merged. */
export interface TimelineEvent {
  type: string;
  date: string | null;
  actors: string[];
  location: string | null;
  mode: string;
  score: number | null;
  /** Independent reporting articles (syndicated copies are folded into the article they copy). */
  sources: string[];
  /** A trigger phrase from one report. */
  trigger?: string;
}

export interface Timeline {
  total: number;
  events: TimelineEvent[];
  /** Names the actor arguments resolved to (or the argument itself when unknown). */
  actors?: string[];
}

export interface RelationsOptions {
  by?: "month" | "week";
  from?: string;
  to?: string;
  /** Include the events of each period. */
  events?: boolean;
}

export interface RelationsPeriod {
  /** YYYY-MM, or ISO week YYYY-Www. */
  period: string;
  /** Sum of cooperation–conflict scores (−10..+10 each). */
  sum: number;
  mean: number;
  count: number;
  cooperation: number;
  conflict: number;
  events?: TimelineEvent[];
}

export interface Relations {
  a: string;
  b: string;
  by: "month" | "week";
  series: RelationsPeriod[];
}

export interface EntityProfile {
  id: string;
  name: string;
  name_en: string | null;
  type: string;
  iso: string | null;
  aliases: { text: string; count: number }[];
  /** Articles mentioning it per month (YYYY-MM). */
  mentions: { period: string; count: number }[];
  total_mentions: number;
  cooccurring: { id: string; name: string; type: string; count: number }[];
  events: TimelineEvent[];
}

export interface EntitySummary {
  id: string;
  name: string;
  name_en: string | null;
  type: string;
  iso: string | null;
  articles: number;
}

export interface StoreStats {
  articles: number;
  entities: number;
  events: number;
  /** Event reports (one per article mention) before merging. */
  event_reports: number;
  mentions: number;
  quotes: number;
  near_duplicates: number;
  languages: Record<string, number>;
  first_published: string | null;
  last_published: string | null;
  schema_version: number;
  /** Database size on disk, when the backend knows it. */
  bytes?: number;
}

export type ExportKind = "articles" | "events" | "entities";

export interface Store {
  /** Which backend ("sqlite", "postgres") and where. */
  readonly kind: string;
  readonly location: string;
  /** Stores one article in one transaction; a second copy (same id, canonical URL or content) is a duplicate. */
  putArticle(input: ArticleInput): Promise<PutResult>;
  /** Stores a batch in one transaction (all or nothing); results in input order. */
  putArticles(inputs: ArticleInput[]): Promise<PutResult[]>;
  /** True when an article with this id or canonical URL is stored (lets ingestion skip work). */
  hasArticle(idOrUrl: string): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | null>;
  search(query: string, filters?: SearchFilters): Promise<SearchResult>;
  timeline(query: TimelineQuery): Promise<Timeline>;
  /**
   * A value that changes whenever the stored contents may have changed, cheap enough to ask on every
   * request (answer caches use it). Absent when the backend cannot tell cheaply.
   */
  changeVersion?(): unknown;
  relations(a: string, b: string, opts?: RelationsOptions): Promise<Relations>;
  /** An entity by id, canonical name or alias (null when unknown or ambiguous). */
  entity(idOrName: string): Promise<EntityProfile | null>;
  /** Entities whose name or alias matches (trigram, accent-folded), most mentioned first. */
  findEntities(name: string, limit?: number): Promise<EntitySummary[]>;
  stats(): Promise<StoreStats>;
  /** Streams rows for export, one plain object each, in a stable order. */
  export(kind: ExportKind): AsyncIterable<Record<string, unknown>>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Open read-only (no migrations run; fails when the database does not exist). */
  readonly?: boolean;
}

export const DEFAULT_DB = "./salname.db";

/** The database named by --db, else SALNAME_DB, else ./salname.db. */
export function resolveDbUrl(url?: string): string {
  return url || process.env.SALNAME_DB || DEFAULT_DB;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}
