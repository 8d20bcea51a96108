// The SQLite schema as an ordered list of migrations. A database records the versions applied in
// schema_migrations (and PRAGMA user_version); opening an older database applies the rest in place,
// each migration in its own transaction.
import type { Database } from "better-sqlite3";
import { simhash, simhashBands } from "../identity.js";

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, search index, entities, events",
    up(db) {
      db.exec(`
        CREATE TABLE articles (
          rowid INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          url TEXT UNIQUE,
          content_hash TEXT NOT NULL,
          title TEXT,
          published TEXT,
          language TEXT NOT NULL,
          annotated INTEGER NOT NULL,
          source TEXT,
          outlet TEXT,
          ingested_at TEXT NOT NULL,
          n_quotes INTEGER NOT NULL DEFAULT 0,
          text TEXT NOT NULL,
          layers TEXT NOT NULL
        );
        CREATE INDEX articles_hash ON articles(content_hash);
        CREATE INDEX articles_published ON articles(published);
        -- stems of title and body, and the same folded (ə->a ...); contentless: text lives in articles
        CREATE VIRTUAL TABLE article_fts USING fts5(title, body, title_f, body_f,
          content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0");
        CREATE TABLE entities (
          key TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          folded TEXT NOT NULL,
          name_en TEXT,
          type TEXT NOT NULL,
          iso TEXT,
          articles INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX entities_folded ON entities(folded);
        CREATE TABLE entity_aliases (
          entity_key TEXT NOT NULL,
          alias TEXT NOT NULL,
          folded TEXT NOT NULL,
          count INTEGER NOT NULL,
          PRIMARY KEY (entity_key, alias)
        ) WITHOUT ROWID;
        CREATE INDEX entity_aliases_folded ON entity_aliases(folded);
        -- folded names and aliases for substring look-up of names
        CREATE VIRTUAL TABLE entity_names USING fts5(entity_key UNINDEXED, name, tokenize='trigram');
        CREATE TABLE mentions (
          entity_key TEXT NOT NULL,
          article_rowid INTEGER NOT NULL,
          count INTEGER NOT NULL,
          PRIMARY KEY (entity_key, article_rowid)
        ) WITHOUT ROWID;
        CREATE INDEX mentions_article ON mentions(article_rowid);
        -- one row per real event: reports with the same type, date and actors merge into it
        CREATE TABLE events (
          rowid INTEGER PRIMARY KEY,
          key TEXT NOT NULL UNIQUE,
          type TEXT NOT NULL,
          date TEXT,
          actors TEXT NOT NULL,
          location TEXT,
          mode TEXT NOT NULL,
          score REAL,
          cameo TEXT,
          plover_mode TEXT,
          trigger TEXT
        );
        CREATE INDEX events_date ON events(date);
        CREATE TABLE event_actors (
          actor TEXT NOT NULL,
          event_rowid INTEGER NOT NULL,
          PRIMARY KEY (actor, event_rowid)
        ) WITHOUT ROWID;
        CREATE TABLE event_reports (
          event_rowid INTEGER NOT NULL,
          article_rowid INTEGER NOT NULL,
          type TEXT NOT NULL,
          mode TEXT NOT NULL,
          score REAL,
          trigger_start INTEGER NOT NULL,
          PRIMARY KEY (event_rowid, article_rowid, trigger_start)
        ) WITHOUT ROWID;
        CREATE INDEX event_reports_article ON event_reports(article_rowid, type);
      `);
    },
  },
  {
    version: 2,
    name: "near-duplicate (syndicated copy) detection",
    up(db) {
      db.exec(`
        ALTER TABLE articles ADD COLUMN simhash TEXT;
        ALTER TABLE articles ADD COLUMN near_duplicate_of TEXT;
        CREATE TABLE simhash_bands (
          band INTEGER NOT NULL,
          article_rowid INTEGER NOT NULL,
          PRIMARY KEY (band, article_rowid)
        ) WITHOUT ROWID;
      `);
      // fingerprint the articles stored before this version
      const upd = db.prepare("UPDATE articles SET simhash = ? WHERE rowid = ?");
      const band = db.prepare("INSERT OR IGNORE INTO simhash_bands (band, article_rowid) VALUES (?, ?)");
      for (const r of db.prepare("SELECT rowid, text FROM articles").all() as { rowid: number; text: string }[]) {
        const h = simhash(r.text);
        upd.run(h, r.rowid);
        for (const b of simhashBands(h)) band.run(b, r.rowid);
      }
    },
  },
  {
    version: 3,
    name: "indexes for language filters and dated near-duplicate candidates",
    up(db) {
      // search filters by language (and date) from an index instead of the wide article rows
      db.exec("CREATE INDEX IF NOT EXISTS articles_language ON articles(language, published)");
      // fingerprint bands keyed by publication day (0 = undated): a new article looks only at
      // look-alikes published within a few days, so recurring templates (daily rates) stay cheap
      db.exec(`
        CREATE TABLE simhash_days (
          band INTEGER NOT NULL,
          day INTEGER NOT NULL,
          article_rowid INTEGER NOT NULL,
          PRIMARY KEY (band, day, article_rowid)
        ) WITHOUT ROWID;
        INSERT INTO simhash_days (band, day, article_rowid)
          SELECT b.band, coalesce(CAST(julianday(substr(a.published, 1, 10)) - 2440587.5 AS INTEGER), 0), b.article_rowid
          FROM simhash_bands b JOIN articles a ON a.rowid = b.article_rowid;
        DROP TABLE simhash_bands;
      `);
    },
  },
  {
    version: 4,
    name: "publication dates by article rowid for date-sorted search",
    up(db) {
      // date-sorted search orders a set of matches by date: a narrow (rowid, published) index answers
      // that without reading the wide article rows, whose first pages are scattered over the file
      db.exec("CREATE INDEX IF NOT EXISTS articles_rowid_published ON articles(rowid, published)");
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function currentVersion(db: Database): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!has) return 0;
  const r = db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as { v: number | null };
  return r.v ?? 0;
}

/** Applies every migration above the database's version, up to `target`. Returns the new version. */
export function migrate(db: Database, target = SCHEMA_VERSION): number {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  let v = currentVersion(db);
  for (const m of MIGRATIONS) {
    if (m.version <= v || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, new Date().toISOString());
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    v = m.version;
  }
  return v;
}
