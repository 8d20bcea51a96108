// Writing a batch of articles into PostgreSQL inside the caller's transaction. Many writers may run
// at once (ingest workers on several machines), so: advisory locks on content hashes and SimHash
// bands, taken together in sorted order, make duplicate and syndicated-copy checks see each
// other's articles; shared rows (entities, aliases, events) are written once per batch in key order
// so concurrent batches queue behind each other instead of deadlocking.
import type pg from "pg";
import { canonicalUrl, contentHash, entityKey, hamming, NEAR_DUPLICATE_BITS, NEAR_DUPLICATE_DAYS, simhash, simhashBands } from "../identity.js";
import { actorKeys, articleLayers, dayNumber, daysApart, eventKey, textDate } from "../shared.js";
import { analyzeText, docTerms, fold, joinStems, lower } from "../../search/analyze.js";
import type { ArticleInput, PutResult } from "../types.js";
import { toTsvector } from "./tsearch.js";

/** Advisory-lock classes (first key of the two-key form). */
const LOCK_HASH = 0x5a1a01;
const LOCK_BAND = 0x5a1a02;

interface Prepared {
  input: ArticleInput;
  url: string | null;
  hash: string;
  fp: string;
  bands: number[];
}

function hash32(s: string): number {
  return parseInt(s.slice(0, 8), 16) | 0;
}

async function lockAll(c: pg.ClientBase, items: Prepared[]): Promise<void> {
  const keys = new Set<string>();
  for (const p of items) {
    keys.add(`${LOCK_HASH}:${hash32(p.hash)}`);
    for (const b of p.bands) keys.add(`${LOCK_BAND}:${b}`);
  }
  const pairs = [...keys].map((k) => k.split(":").map(Number)).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  await c.query("SELECT pg_advisory_xact_lock(k1, k2) FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS t(k1, k2, n) ORDER BY n",
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
}

interface Candidate { id: string; simhash: string; published: string | null; near_duplicate_of: string | null }

/** What is stored already, found for the whole batch in two queries: articles with the same id,
 *  URL or (for articles without a URL) content, and near-duplicate candidates by SimHash band. */
async function lookUp(c: pg.ClientBase, items: Prepared[]) {
  const dups = await c.query(`SELECT id, url, content_hash FROM articles WHERE id = ANY($1::text[]) OR url = ANY($2::text[])
    OR content_hash = ANY($3::text[]) ORDER BY rid`, [
    items.map((p) => p.input.doc.id), items.flatMap((p) => (p.url ? [p.url] : [])), items.flatMap((p) => (p.url ? [] : [p.hash])),
  ]);
  const byKey = new Map<string, string>();
  for (const r of dups.rows as { id: string; url: string | null; content_hash: string }[]) {
    for (const k of [`i:${r.id}`, r.url ? `u:${r.url}` : "", `h:${r.content_hash}`]) if (k && !byKey.has(k)) byKey.set(k, r.id);
  }
  const bands = [...new Set(items.flatMap((p) => p.bands))];
  // per band at most 200 candidates (a band shared by a template series must not flood the batch)
  const near = await c.query(`SELECT q.band, x.rid, x.id, x.simhash, x.published, x.near_duplicate_of FROM unnest($1::int[]) AS q(band)
    CROSS JOIN LATERAL (SELECT a.rid, a.id, a.simhash, a.published, a.near_duplicate_of FROM simhash_bands b JOIN articles a ON a.rid = b.article_rid
      WHERE b.band = q.band ORDER BY a.rid LIMIT 200) x`, [bands]);
  const byBand = new Map<number, (Candidate & { rid: number })[]>();
  for (const r of near.rows as (Candidate & { band: number; rid: number })[]) {
    const l = byBand.get(r.band) ?? [];
    l.push(r);
    byBand.set(r.band, l);
  }
  return { byKey, byBand };
}

function duplicateKeys(p: Prepared): string[] {
  return [`i:${p.input.doc.id}`, p.url ? `u:${p.url}` : `h:${p.hash}`];
}

function isCopy(p: Prepared, c: { simhash: string; published: string | null }): boolean {
  return hamming(p.fp, c.simhash) <= NEAR_DUPLICATE_BITS && daysApart(c.published, p.input.doc.document_date) <= NEAR_DUPLICATE_DAYS;
}

function searchTerms(input: ArticleInput): { title: string; body: string } {
  const { doc } = input;
  return input.terms ?? {
    title: doc.title ? joinStems(analyzeText(doc.title)) : "",
    body: joinStems(doc.tokens.length ? docTerms(doc) : analyzeText(doc.text)),
  };
}

/** Inserts the article rows in one statement; returns id -> rid for those inserted (a concurrent
 *  writer that stored the same id or URL first wins, and ours is a duplicate). */
async function insertArticles(c: pg.ClientBase, rows: { p: Prepared; nearOf: string | null }[]): Promise<Map<string, number>> {
  const now = new Date().toISOString();
  const col = <T>(f: (r: { p: Prepared; nearOf: string | null }) => T) => rows.map(f);
  const r = await c.query(`INSERT INTO articles (id, url, content_hash, title, published, language, annotated, source, outlet,
      ingested_at, n_quotes, text, layers, tsv, simhash, near_duplicate_of, published_day)
    SELECT id, url, h, ti, pu, la, an, so, ou, $10, nq, tx, ly::json, tv::tsvector, sh, nd, pd
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::text[], $9::text[], $11::int[],
      $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::int[]) WITH ORDINALITY
      AS t(id, url, h, ti, pu, la, an, so, ou, nq, tx, ly, tv, sh, nd, pd, o)
    ORDER BY o
    ON CONFLICT DO NOTHING RETURNING id, rid`, [
    col((x) => x.p.input.doc.id), col((x) => x.p.url), col((x) => x.p.hash), col((x) => x.p.input.doc.title ?? null),
    col((x) => x.p.input.doc.document_date ?? null), col((x) => x.p.input.doc.language), col((x) => x.p.input.annotated),
    col((x) => x.p.input.source ?? null), col((x) => x.p.input.outlet ?? null), now, col((x) => x.p.input.doc.quotes.length),
    col((x) => x.p.input.doc.text), col((x) => JSON.stringify(articleLayers(x.p.input.doc))),
    col((x) => { const t = searchTerms(x.p.input); return toTsvector(t.title, t.body); }), col((x) => x.p.fp), col((x) => x.nearOf),
    col((x) => dayNumber(x.p.input.doc.document_date)),
  ]);
  const rids = new Map<string, number>((r.rows as { id: string; rid: number }[]).map((x) => [x.id, x.rid]));
  const bands = rows.flatMap((x) => (rids.has(x.p.input.doc.id) ? x.p.bands.map((b) => [b, rids.get(x.p.input.doc.id)!]) : []));
  await c.query("INSERT INTO simhash_bands (band, article_rid) SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT DO NOTHING",
    [bands.map((b) => b[0]), bands.map((b) => b[1])]);
  return rids;
}


interface EntityWork { e: ArticleInput["doc"]["entities"][number]; articles: number; aliases: Map<string, number> }

/** Entities, aliases, names and mentions of the stored articles, shared rows in key order. */
async function putEntities(c: pg.ClientBase, stored: { input: ArticleInput; rid: number }[]): Promise<void> {
  const perKey = new Map<string, EntityWork>();
  const mentions: { key: string; rid: number; count: number }[] = [];
  for (const { input, rid } of stored) {
    const counts = new Map<string, number>();
    for (const e of input.doc.entities) {
      const key = entityKey(e);
      let w = perKey.get(key);
      if (!w) perKey.set(key, (w = { e, articles: 0, aliases: new Map() }));
      if (!counts.has(key)) w.articles++;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      w.aliases.set(e.text, (w.aliases.get(e.text) ?? 0) + 1);
    }
    for (const [key, count] of counts) mentions.push({ key, rid, count });
  }
  if (!perKey.size) return;
  const keys = [...perKey.keys()].sort();
  const ents = keys.map((k) => perKey.get(k)!);
  await c.query(`INSERT INTO entities (key, name, folded, name_en, type, iso, articles)
    SELECT k, n, f, ne, ty, iso, a FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
      WITH ORDINALITY AS t(k, n, f, ne, ty, iso, a, o) ORDER BY o
    ON CONFLICT (key) DO UPDATE SET articles = entities.articles + excluded.articles,
      name_en = coalesce(entities.name_en, excluded.name_en), iso = coalesce(entities.iso, excluded.iso)`, [
    keys, ents.map((w) => w.e.name), ents.map((w) => fold(lower(w.e.name))), ents.map((w) => w.e.name_en ?? null),
    ents.map((w) => w.e.type), ents.map((w) => w.e.iso ?? null), ents.map((w) => w.articles),
  ]);
  const al: [string, string, string, number][] = [];
  const names = new Set<string>();
  for (const k of keys) {
    const w = perKey.get(k)!;
    names.add(`${k}\u0001${fold(lower(w.e.name))}`);
    for (const [alias, n] of w.aliases) {
      const af = fold(lower(alias));
      al.push([k, alias, af, n]);
      names.add(`${k}\u0001${af}`);
    }
  }
  al.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  await c.query(`INSERT INTO entity_aliases (entity_key, alias, folded, count)
    SELECT k, a, f, n FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) WITH ORDINALITY AS t(k, a, f, n, o) ORDER BY o
    ON CONFLICT (entity_key, alias) DO UPDATE SET count = entity_aliases.count + excluded.count`,
  [al.map((x) => x[0]), al.map((x) => x[1]), al.map((x) => x[2]), al.map((x) => x[3])]);
  const nm = [...names].sort().map((s) => s.split("\u0001"));
  await c.query(`INSERT INTO entity_names (entity_key, name)
    SELECT k, n FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(k, n, o) ORDER BY o ON CONFLICT DO NOTHING`,
  [nm.map((x) => x[0]), nm.map((x) => x[1])]);
  await c.query("INSERT INTO mentions (entity_key, article_rid, count) SELECT * FROM unnest($1::text[], $2::int[], $3::int[])",
    [mentions.map((m) => m.key), mentions.map((m) => m.rid), mentions.map((m) => m.count)]);
}

/** Events (merged by key), their actors and the reports that mention them. */
async function putEvents(c: pg.ClientBase, stored: { input: ArticleInput; rid: number }[]): Promise<void> {
  const byKey = new Map<string, { ev: ArticleInput["doc"]["events"][number]; actors: Set<string> }>();
  const reports: { key: string; rid: number; type: string; mode: string; score: number | null; start: number }[] = [];
  for (const { input, rid } of stored) {
    const { doc } = input;
    for (const ev of doc.events) {
      const keys = actorKeys(doc, ev);
      const key = eventKey(ev.type, textDate(ev), keys, doc.id);
      let w = byKey.get(key);
      if (!w) byKey.set(key, (w = { ev, actors: new Set() }));
      // an actor is found by its entity key and by the name the event gives it
      for (const a of [...keys, ...ev.actors]) w.actors.add(a);
      reports.push({ key, rid, type: ev.type, mode: ev.mode, score: ev.score ?? null, start: ev.trigger.start });
    }
  }
  if (!byKey.size) return;
  const keys = [...byKey.keys()].sort();
  const evs = keys.map((k) => byKey.get(k)!.ev);
  await c.query(`INSERT INTO events (key, type, date, actors, location, mode, score, cameo, plover_mode, trigger)
    SELECT k, ty, d, a::json, l, m, s, c, p, tr FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
      $7::float8[], $8::text[], $9::text[], $10::text[]) WITH ORDINALITY AS t(k, ty, d, a, l, m, s, c, p, tr, o) ORDER BY o
    ON CONFLICT (key) DO NOTHING`, [
    keys, evs.map((e) => e.type), evs.map((e) => textDate(e)), evs.map((e) => JSON.stringify(e.actors)), evs.map((e) => e.location),
    evs.map((e) => e.mode), evs.map((e) => e.score ?? null), evs.map((e) => e.cameo ?? null), evs.map((e) => e.plover_mode ?? null),
    evs.map((e) => e.trigger.text),
  ]);
  const rids = new Map<string, number>();
  for (const r of (await c.query("SELECT key, rid FROM events WHERE key = ANY($1::text[])", [keys])).rows) rids.set(r.key, r.rid);
  const act: [string, number][] = [];
  for (const k of keys) for (const a of byKey.get(k)!.actors) act.push([a, rids.get(k)!]);
  act.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  await c.query(`INSERT INTO event_actors (actor, event_rid) SELECT a, e FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS t(a, e, o)
    ORDER BY o ON CONFLICT DO NOTHING`, [act.map((x) => x[0]), act.map((x) => x[1])]);
  await c.query(`INSERT INTO event_reports (event_rid, article_rid, type, mode, score, trigger_start)
    SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::float8[], $6::int[]) ON CONFLICT DO NOTHING`, [
    reports.map((r) => rids.get(r.key)!), reports.map((r) => r.rid), reports.map((r) => r.type), reports.map((r) => r.mode),
    reports.map((r) => r.score), reports.map((r) => r.start),
  ]);
}

/** Stores a batch inside the caller's open transaction; results in input order. */
export async function writeArticles(c: pg.ClientBase, inputs: ArticleInput[]): Promise<PutResult[]> {
  const items: Prepared[] = inputs.map((input) => {
    const fp = simhash(input.doc.text);
    return { input, url: canonicalUrl(input.doc.url), hash: contentHash(input.doc.text), fp, bands: simhashBands(fp) };
  });
  await lockAll(c, items);
  const { byKey, byBand } = await lookUp(c, items);
  // decide in input order, as SQLite does row by row: earlier articles of the batch count as stored
  const decided: ({ dup: string } | { nearOf: string | null })[] = [];
  const accepted: { p: Prepared; nearOf: string | null }[] = [];
  for (const p of items) {
    const keys = duplicateKeys(p);
    const dup = byKey.get(keys[0]) ?? byKey.get(keys[1]);
    if (dup) {
      decided.push({ dup });
      continue;
    }
    const seen = new Set<number>();
    const stored = p.bands.flatMap((b) => byBand.get(b) ?? []).filter((x) => !seen.has(x.rid) && seen.add(x.rid)).sort((a, b) => a.rid - b.rid);
    const inDb = stored.find((x) => isCopy(p, x));
    const inBatch = inDb ? undefined : accepted.find((x) => isCopy(p, { simhash: x.p.fp, published: x.p.input.doc.document_date }));
    const nearOf = inDb ? inDb.near_duplicate_of ?? inDb.id : inBatch ? inBatch.nearOf ?? inBatch.p.input.doc.id : null;
    for (const k of keys) byKey.set(k, p.input.doc.id);
    accepted.push({ p, nearOf });
    decided.push({ nearOf });
  }
  const rids = accepted.length ? await insertArticles(c, accepted) : new Map<string, number>();
  const results: PutResult[] = [];
  const stored: { input: ArticleInput; rid: number }[] = [];
  items.forEach((p, i) => {
    const id = p.input.doc.id, d = decided[i];
    if ("dup" in d) results.push({ id, status: "duplicate", duplicateOf: d.dup });
    else if (!rids.has(id)) results.push({ id, status: "duplicate", duplicateOf: id }); // stored meanwhile by another writer
    else {
      stored.push({ input: p.input, rid: rids.get(id)! });
      results.push(d.nearOf ? { id, status: "stored", nearDuplicateOf: d.nearOf } : { id, status: "stored" });
    }
  });
  await putEntities(c, stored);
  await putEvents(c, stored);
  return results;
}
