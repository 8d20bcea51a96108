// Request and response schemas of the HTTP API. Requests are validated with them; the OpenAPI
// document is generated from them (openapi.ts). Limits live here so they are documented too.
import { z } from "zod";
import { validDate } from "../ingest/decode.js";
import { QUAD_CLASS } from "../store/formats.js";

export const LIMITS = {
  /** Longest search query, entity name or actor argument (characters). */
  query: 500,
  /** Largest page of any list. */
  page: 100,
  /** Deepest offset into a list (deeper pages cost the database too much; narrow the query). */
  offset: 10_000,
  /** Longest text POST /api/annotate takes (characters). */
  annotateText: 100_000,
  /** Articles per POST /api/ingest. */
  ingestArticles: 50,
  /** Request body (bytes). */
  body: 2 * 1024 * 1024,
  actors: 5,
} as const;

export const EVENT_TYPES = Object.keys(QUAD_CLASS) as [string, ...string[]];
export const EVENT_MODES = ["asserted", "future", "demanded", "negated", "possible", "reported"] as const;

const text = (max: number = LIMITS.query) => z.string().trim().min(1).max(max);

/** YYYY, YYYY-MM or a calendar date YYYY-MM-DD. */
const dateFilter = z.string().refine((v) => /^\d{4}(-\d{2})?$/.test(v) || (v.length === 10 && validDate(v) !== null), {
  message: "want a date as YYYY-MM-DD, YYYY-MM or YYYY",
});
const calendarDate = z.string().refine((v) => v.length === 10 && validDate(v) !== null, { message: "want a calendar date YYYY-MM-DD" });

const eventType = z.string().transform((v) => v.toUpperCase()).pipe(z.enum(EVENT_TYPES))
  .describe(`PLOVER event type: ${EVENT_TYPES.join(", ")}`);

const page = (dflt: number) => ({
  limit: z.coerce.number().int().min(1).max(LIMITS.page).default(dflt).describe(`page size (at most ${LIMITS.page})`),
  offset: z.coerce.number().int().min(0).max(LIMITS.offset).default(0).describe("results to skip"),
});

// ---- requests

export const SearchQuery = z.object({
  q: z.string().max(LIMITS.query).optional().describe("words to find (inflected forms match; \"phrases\", prefix*); empty lists the newest articles"),
  from: dateFilter.optional().describe("published on or after"),
  to: dateFilter.optional().describe("published on or before"),
  entity: text().optional().describe("only articles mentioning this entity (id, name or alias)"),
  type: eventType.optional(),
  sort: z.enum(["relevance", "date", "date_asc"]).default("relevance"),
  ...page(20),
});

export const IdParams = z.object({ id: text(300).describe("identifier") });

export const EntitiesQuery = z.object({
  q: z.string().max(LIMITS.query).optional().describe("part of a name or alias (accents optional); empty lists the most mentioned"),
  ...page(20),
});

export const TimelineQuery = z.object({
  actor: z.array(text()).max(LIMITS.actors).optional().describe("an actor the events must involve; repeat for several (all must take part)"),
  from: dateFilter.optional(),
  to: dateFilter.optional(),
  type: eventType.optional(),
  mode: z.enum(EVENT_MODES).optional().describe("asserted, future, demanded, negated, possible or reported"),
  ...page(50),
});

export const RelationsQuery = z.object({
  a: text().describe("first actor (id, name or alias)"),
  b: text().describe("second actor"),
  by: z.enum(["month", "week"]).default("month"),
  from: dateFilter.optional(),
  to: dateFilter.optional(),
  events: z.enum(["true", "false", "1", "0"]).default("false").transform((v) => v === "true" || v === "1")
    .describe("include the events of each period"),
  ...page(100),
});

export const AnnotateBody = z.object({
  text: z.string().min(1).max(LIMITS.annotateText).describe("article body"),
  date: calendarDate.nullable().optional().describe("document date (YYYY-MM-DD): relative dates resolve against it"),
  title: z.string().max(1000).optional(),
  id: z.string().max(300).optional(),
  language: z.string().max(10).optional().describe("language code (default: az)"),
});

export const ArticleIn = z.object({
  id: text(300),
  text: z.string().min(1).max(LIMITS.annotateText),
  title: z.string().max(1000).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  published: calendarDate.nullable().optional().describe("publication date (YYYY-MM-DD)"),
  language: z.string().max(10).optional(),
  source: z.string().max(300).optional().describe("outlet name (tells syndicated copies apart)"),
}).meta({ id: "ArticleIn" });

export const IngestBody = z.union([
  z.object({ articles: z.array(ArticleIn).min(1).max(LIMITS.ingestArticles) }),
  ArticleIn,
]);

// ---- responses (documentation; the store's types are the source of truth)

const span = { start: z.number().int(), end: z.number().int(), text: z.string() };

export const Health = z.object({ status: z.literal("ok"), version: z.string(), store: z.string(), writes: z.boolean() });

export const SearchHit = z.object({
  id: z.string(), title: z.string().nullable(), published: z.string().nullable(),
  snippet: z.string().describe("text around the matches; matched words wrapped in [[ ]]"),
  score: z.number(), language: z.string().optional(), url: z.string().nullable().optional(),
}).meta({ id: "SearchHit" });
export const SearchResult = z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), results: z.array(SearchHit) });

export const TimelineEvent = z.object({
  type: z.string(), date: z.string().nullable(), actors: z.array(z.string()), location: z.string().nullable(),
  mode: z.string(), score: z.number().nullable(), sources: z.array(z.string()).describe("ids of the reporting articles"),
  trigger: z.string().optional(),
}).meta({ id: "TimelineEvent" });

export const Article = z.object({
  id: z.string(), url: z.string().nullable(), title: z.string().nullable(), published: z.string().nullable(),
  language: z.string(), annotated: z.boolean(), source: z.string().nullable(), outlet: z.string().nullable(),
  near_duplicate_of: z.string().nullable(), ingested_at: z.string(), text: z.string(),
  sentences: z.array(z.object({ start: z.number(), end: z.number() })),
  entities: z.array(z.object({ ...span, type: z.string(), name: z.string(), id: z.string().optional(), name_en: z.string().optional(), iso: z.string().optional() })),
  timexes: z.array(z.object({ ...span, type: z.string(), value: z.string(), mod: z.string().optional(), endValue: z.string().optional() })),
  events: z.array(z.object({
    type: z.string(), trigger: z.object(span), actors: z.array(z.string()), date: z.string().nullable(), location: z.string().nullable(),
    mode: z.string(), cameo: z.string().optional(), plover_mode: z.string().optional(), score: z.number().optional(),
  })),
  quotes: z.array(z.object({ ...span, speaker: z.string().nullable(), cue: z.string().optional() })),
}).meta({ id: "Article" });

export const EntitySummary = z.object({
  id: z.string(), name: z.string(), name_en: z.string().nullable(), type: z.string(), iso: z.string().nullable(), articles: z.number().int(),
}).meta({ id: "EntitySummary" });
export const EntityList = z.object({ limit: z.number().int(), offset: z.number().int(), more: z.boolean(), results: z.array(EntitySummary) });

export const EntityProfile = z.object({
  id: z.string(), name: z.string(), name_en: z.string().nullable(), type: z.string(), iso: z.string().nullable(),
  aliases: z.array(z.object({ text: z.string(), count: z.number().int() })),
  mentions: z.array(z.object({ period: z.string(), count: z.number().int() })).describe("articles mentioning it per month"),
  total_mentions: z.number().int(),
  cooccurring: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), count: z.number().int() })),
  events: z.array(TimelineEvent),
}).meta({ id: "EntityProfile" });

export const Timeline = z.object({
  total: z.number().int(), limit: z.number().int(), offset: z.number().int(), events: z.array(TimelineEvent),
  actors: z.array(z.string()).optional(),
});

export const RelationsPeriod = z.object({
  period: z.string(), sum: z.number(), mean: z.number(), count: z.number().int(), cooperation: z.number().int(), conflict: z.number().int(),
  events: z.array(TimelineEvent).optional(),
});
export const Relations = z.object({
  a: z.string(), b: z.string(), by: z.enum(["month", "week"]), total: z.number().int().describe("periods in all"),
  limit: z.number().int(), offset: z.number().int(), series: z.array(RelationsPeriod),
});

export const Annotated = z.object({
  id: z.string(), document_date: z.string().nullable(), language: z.string(), text: z.string(),
  sentences: z.array(z.object({ start: z.number(), end: z.number() })),
  tokens: z.array(z.object({ start: z.number(), end: z.number(), lemma: z.string() })),
  entities: z.array(z.object({}).passthrough()), timexes: z.array(z.object({}).passthrough()),
  events: z.array(z.object({}).passthrough()), quotes: z.array(z.object({}).passthrough()),
}).describe("the `salname annotate` JSON (GUIDELINES.md)");

export const IngestResult = z.object({
  stored: z.number().int(), duplicates: z.number().int(),
  results: z.array(z.object({ id: z.string(), status: z.enum(["stored", "duplicate"]), duplicateOf: z.string().optional(), nearDuplicateOf: z.string().optional() })),
});
