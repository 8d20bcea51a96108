// The PostgreSQL schema as an ordered list of migrations, numbered like SQLite's where they do the
// same thing (1: articles, search, entities, events; 2: near duplicates); 3 adds the job queue for
// parallel ingestion, 4 narrows the article rows for search. schema_version records what was
// applied; an advisory lock lets many workers start at once without migrating twice. Text that is sorted or compared uses the "C" collation so
// the order is SQLite's byte order whatever the database's locale.
import type pg from "pg";

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

const T = `text COLLATE "C"`;

export const PG_MIGRATIONS: PgMigration[] = [
  {
    version: 1,
    name: "articles, search index, entities, events",
    sql: `
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE TABLE articles (
        rid integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        id ${T} NOT NULL UNIQUE,
        url ${T} UNIQUE,
        content_hash text NOT NULL,
        title text,
        published ${T},
        -- days since 1970-01-01 of the publication date, for the recency boost
        published_day integer,
        language text NOT NULL,
        annotated boolean NOT NULL,
        source text,
        outlet text,
        ingested_at text NOT NULL,
        n_quotes integer NOT NULL DEFAULT 0,
        text text NOT NULL,
        layers json NOT NULL,
        -- stems of title and body, as written and folded (see tsearch.ts)
        tsv tsvector NOT NULL
      );
      CREATE INDEX articles_hash ON articles (content_hash);
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_tsv ON articles USING gin (tsv);
      CREATE TABLE entities (
        key ${T} PRIMARY KEY,
        name ${T} NOT NULL,
        folded ${T} NOT NULL,
        name_en text,
        type text NOT NULL,
        iso text,
        articles integer NOT NULL DEFAULT 0
      );
      CREATE INDEX entities_folded ON entities (folded);
      CREATE TABLE entity_aliases (
        entity_key ${T} NOT NULL,
        alias ${T} NOT NULL,
        folded ${T} NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (entity_key, alias)
      );
      CREATE INDEX entity_aliases_folded ON entity_aliases (folded);
      -- folded names and aliases, for substring look-up of names (trigram index)
      CREATE TABLE entity_names (
        entity_key ${T} NOT NULL,
        name text NOT NULL,
        PRIMARY KEY (entity_key, name)
      );
      CREATE INDEX entity_names_trgm ON entity_names USING gin (name gin_trgm_ops);
      CREATE TABLE mentions (
        entity_key ${T} NOT NULL,
        article_rid integer NOT NULL,
        count integer NOT NULL,
        PRIMARY KEY (entity_key, article_rid)
      );
      CREATE INDEX mentions_article ON mentions (article_rid);
      -- one row per real event: reports with the same type, date and actors merge into it
      CREATE TABLE events (
        rid integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key ${T} NOT NULL UNIQUE,
        type text NOT NULL,
        date ${T},
        actors json NOT NULL,
        location text,
        mode text NOT NULL,
        score double precision,
        cameo text,
        plover_mode text,
        trigger text
      );
      CREATE INDEX events_date ON events (date);
      CREATE TABLE event_actors (
        actor ${T} NOT NULL,
        event_rid integer NOT NULL,
        PRIMARY KEY (actor, event_rid)
      );
      CREATE TABLE event_reports (
        event_rid integer NOT NULL,
        article_rid integer NOT NULL,
        type text NOT NULL,
        mode text NOT NULL,
        score double precision,
        trigger_start integer NOT NULL,
        PRIMARY KEY (event_rid, article_rid, trigger_start)
      );
      CREATE INDEX event_reports_article ON event_reports (article_rid, type);
    `,
  },
  {
    version: 2,
    name: "near-duplicate (syndicated copy) detection",
    sql: `
      ALTER TABLE articles ADD COLUMN simhash text;
      ALTER TABLE articles ADD COLUMN near_duplicate_of ${T};
      CREATE TABLE simhash_bands (
        band integer NOT NULL,
        article_rid integer NOT NULL,
        PRIMARY KEY (band, article_rid)
      );
    `,
  },
  {
    version: 3,
    name: "job queue for parallel ingestion",
    sql: `
      CREATE TABLE jobs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        article_id ${T} NOT NULL UNIQUE,
        url ${T} UNIQUE,
        -- what prepareArticle() takes: {doc, source, outlet}
        payload json NOT NULL,
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        -- a worker holds a job while locked_until is in the future and lease is its token
        locked_until timestamptz,
        lease text,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        failed_at timestamptz
      );
      CREATE INDEX jobs_open ON jobs (id) WHERE failed_at IS NULL;
    `,
  },
  {
    version: 4,
    name: "narrow article rows for search",
    // Search reads the publication date of every match (to count them and pick the candidates to
    // rank); with text, layers and tsvector compressed inline an article row is ~1.5 KB and that read
    // touches most of the table. Moving them out of line (TOAST) leaves ~300-byte rows, a heap a
    // fifth the size. lz4 (where the server has it) makes reading a tsvector to rank it cheaper.
    // Applies to rows written from now on.
    sql: `
      ALTER TABLE articles SET (toast_tuple_target = 128);
      DO $$ BEGIN
        ALTER TABLE articles ALTER COLUMN tsv SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN NULL;
      END $$;
    `,
  },
  {
    version: 5,
    name: "timeline in date order from an index",
    // A timeline is the first page of an actor's events in date order. With (date, rid) indexed the
    // planner walks events in that order and stops at the page, instead of fetching and sorting
    // every event of a frequent actor (hundreds of ms at 200k articles).
    sql: `
      CREATE INDEX IF NOT EXISTS events_date_rid ON events (date, rid);
      DROP INDEX IF EXISTS events_date;
    `,
  },
];

export const PG_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;

/** Any number, as long as every Salnamə process uses the same one to serialise migrations. */
const MIGRATION_LOCK = 0x5a1a3e;

export async function currentPgVersion(c: pg.ClientBase): Promise<number> {
  const has = await c.query("SELECT to_regclass('schema_version') IS NOT NULL AS ok");
  if (!has.rows[0].ok) return 0;
  const r = await c.query("SELECT coalesce(max(version), 0)::int AS v FROM schema_version");
  return r.rows[0].v as number;
}

/** Applies every migration above the database's version, each in its own transaction. */
export async function migratePg(c: pg.ClientBase, target = PG_SCHEMA_VERSION): Promise<number> {
  await c.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
  try {
    await c.query(`CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    let v = await currentPgVersion(c);
    for (const m of PG_MIGRATIONS) {
      if (m.version <= v || m.version > target) continue;
      await c.query("BEGIN");
      try {
        await c.query(m.sql);
        await c.query("INSERT INTO schema_version (version, name) VALUES ($1, $2)", [m.version, m.name]);
        await c.query("COMMIT");
      } catch (e) {
        await c.query("ROLLBACK");
        throw e;
      }
      v = m.version;
    }
    return v;
  } finally {
    await c.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
  }
}
