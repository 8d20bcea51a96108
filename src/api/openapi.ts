// The OpenAPI 3.1 document, generated from the same zod schemas that validate requests.
import { z } from "zod";
import { ErrorBody } from "./errors.js";
import type { AnyRoute } from "./route.js";

type Json = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  400: "the request is invalid (the message names the parameter)", 401: "missing or wrong bearer token",
  403: "write endpoints are off (no SALNAME_TOKEN configured)", 404: "not found", 409: "a name is ambiguous",
  413: "body too large", 415: "body is not JSON", 429: "too many requests (see Retry-After)", 500: "server error",
};

/** JSON Schema for one zod schema; named sub-schemas move to components.schemas. */
function convert(schema: z.ZodType, io: "input" | "output", components: Json): Json {
  const js = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Json;
  delete js.$schema;
  const defs = (js.$defs ?? {}) as Json;
  delete js.$defs;
  const fix = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(fix);
    if (v && typeof v === "object") {
      const o: Json = {};
      for (const [k, x] of Object.entries(v)) {
        o[k] = k === "$ref" && typeof x === "string" ? x.replace(/^#\/\$defs\//, "#/components/schemas/") : fix(x);
      }
      return o;
    }
    return v;
  };
  for (const [name, d] of Object.entries(defs)) components[name] ??= fix(d);
  return fix(js) as Json;
}

function parameters(schema: z.ZodObject<z.ZodRawShape> | undefined, where: "query" | "path", components: Json): Json[] {
  if (!schema) return [];
  const obj = convert(schema, "input", components);
  const props = (obj.properties ?? {}) as Record<string, Json>;
  const required = new Set((obj.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => {
    const { description, ...rest } = s;
    const p: Json = { name, in: where, required: where === "path" || (required.has(name) && !("default" in rest)), schema: rest };
    if (description) p.description = description;
    if (rest.type === "array") Object.assign(p, { style: "form", explode: true });
    return p;
  });
}

export function openApiDocument(routes: AnyRoute[], version: string): Json {
  const components: Json = {};
  const paths: Record<string, Json> = {};
  for (const r of routes) {
    const responses: Json = {
      200: { description: "success", content: { "application/json": { schema: convert(r.response, "output", components) } } },
    };
    for (const s of [400, ...(r.errors ?? []), 500]) {
      responses[String(s)] = { description: STATUS_TEXT[s] ?? "error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
    }
    const op: Json = {
      operationId: `${r.method.toLowerCase()}${r.path.replace(/\{(\w+)\}/g, "By_$1").replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, "path", components), ...parameters(r.query, "query", components)],
      responses,
    };
    if (r.description) op.description = r.description;
    if (r.body) op.requestBody = { required: true, content: { "application/json": { schema: convert(r.body, "input", components) } } };
    if (r.write) op.security = [{ bearer: [] }];
    (paths[r.path] ??= {})[r.method.toLowerCase()] = op;
  }
  components.Error ??= convert(ErrorBody, "output", components);
  return {
    openapi: "3.1.0",
    info: {
      title: "Salnamə API",
      version,
      description: "Azerbaijani news as a searchable, dated chronicle: search, articles with their annotation layers, entities, timelines and relations. Errors share the shape {error: {code, message}}.",
      license: { name: "MIT", identifier: "MIT" },
    },
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "the server's SALNAME_TOKEN" } } },
  };
}
