// Declaring an endpoint once: its zod schemas validate the request AND feed the OpenAPI document
// (openapi.ts), so the two cannot drift apart.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { ApiError, describeIssues } from "./errors.js";

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RouteSpec<P extends AnyObject, Q extends AnyObject, B extends z.ZodType> {
  method: "GET" | "POST";
  /** OpenAPI-style path: /api/articles/{id}. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** Documented success answer. */
  response: z.ZodType;
  /** Extra documented error statuses (400, 404 and 500 are implied). */
  errors?: number[];
  /** A write: needs the bearer token. */
  write?: boolean;
  /** Runs before the body is read (auth, rate limits). */
  guard?(req: FastifyRequest): void;
  handler(input: { params: z.output<P>; query: z.output<Q>; body: z.output<B>; req: FastifyRequest; reply: FastifyReply }): Promise<unknown>;
}

export type AnyRoute = RouteSpec<AnyObject, AnyObject, z.ZodType>;

export function defineRoute<P extends AnyObject = AnyObject, Q extends AnyObject = AnyObject, B extends z.ZodType = z.ZodUndefined>(
  spec: RouteSpec<P, Q, B>,
): AnyRoute {
  return spec as unknown as AnyRoute;
}

/** Whether a schema (through optional/default wrappers) is an array: repeated query keys. */
function isArraySchema(s: z.ZodType): boolean {
  let cur: z.ZodType = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault) cur = cur.unwrap() as z.ZodType;
  return cur instanceof z.ZodArray;
}

/** Query strings give a string for one key and an array for a repeated one: line them up with the schema. */
function shapeQuery(schema: AnyObject, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw ?? {})) {
    const field = schema.shape[k] as z.ZodType | undefined;
    if (!field) continue; // unknown keys are ignored, as links often carry extras
    if (isArraySchema(field)) out[k] = Array.isArray(v) ? v : [v];
    else out[k] = Array.isArray(v) ? v[v.length - 1] : v === "" ? undefined : v;
  }
  return out;
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.output<T> {
  if (!schema) return undefined as z.output<T>;
  const r = schema.safeParse(value);
  if (!r.success) throw new ApiError(400, "bad_request", describeIssues(where, r.error.issues));
  return r.data;
}

export function toFastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}

export function registerRoute(app: FastifyInstance, spec: AnyRoute): void {
  app.route({
    method: spec.method,
    url: toFastifyPath(spec.path),
    onRequest: spec.guard ? async (req) => spec.guard!(req) : undefined,
    handler: async (req, reply) => {
      const params = parse(spec.params, req.params, "path");
      const query = parse(spec.query, spec.query ? shapeQuery(spec.query, req.query as Record<string, unknown>) : undefined, "query");
      const body = parse(spec.body, req.body, "body");
      const out = await spec.handler({ params, query, body, req, reply });
      return reply.sent ? reply : reply.type("application/json; charset=utf-8").send(out);
    },
  });
}
