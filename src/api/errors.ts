// One error shape for every API answer that is not a success: {error: {code, message}}, with a
// message a person can act on. Handlers throw ApiError; everything else is mapped here.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { AmbiguousNameError } from "../store/index.js";

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export const ErrorBody = z.object({
  error: z.object({
    code: z.string().describe("stable machine-readable code, e.g. bad_request, not_found, rate_limited"),
    message: z.string().describe("what went wrong and what to do about it"),
  }),
}).meta({ id: "Error" });

export function errorBody(code: string, message: string): z.infer<typeof ErrorBody> {
  return { error: { code, message } };
}

/** For a value matching no alternative, the alternative it came closest to (fewest issues; the
 *  last on a tie, where the simplest form is listed). */
function closestBranch(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  if (issues.length !== 1 || issues[0].code !== "invalid_union" || !issues[0].errors.length) return issues;
  const branches = issues[0].errors;
  const best = branches.reduce((a, b) => (b.length <= a.length ? b : a));
  return best.map((i) => ({ ...i, path: [...issues[0].path, ...i.path] }));
}

/** Zod issues as one line: `limit: Too big: expected number to be <=100; sort: ...`. */
export function describeIssues(where: string, all: z.core.$ZodIssue[]): string {
  const issues = closestBranch(all);
  const parts = issues.slice(0, 5).map((i) => {
    const missing = i.code === "invalid_type" && /received undefined$/.test(i.message);
    return `${i.path.length ? i.path.join(".") : where}: ${missing ? "required" : i.message}`;
  });
  return `invalid ${where} — ${parts.join("; ")}`;
}

/** Maps what a handler or fastify threw onto a status and the shared shape. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof AmbiguousNameError) {
    return new ApiError(409, "ambiguous_name", `${e.message}. Use one of the ids instead (GET /api/entities?q=... lists them).`);
  }
  const fe = e as FastifyError;
  switch (fe.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new ApiError(413, "body_too_large", "the request body is larger than this server accepts; send fewer or shorter articles");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return new ApiError(415, "unsupported_media_type", "send the body as JSON with the header Content-Type: application/json");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new ApiError(400, "bad_request", "the JSON body is empty; send an object");
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return new ApiError(400, "invalid_json", "the body is not valid JSON");
  }
  if (fe instanceof SyntaxError || fe.statusCode === 400) return new ApiError(400, "bad_request", fe.message || "bad request");
  if (typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new ApiError(fe.statusCode, "bad_request", fe.message);
  }
  return new ApiError(500, "internal", "the server failed to answer; the problem is logged — try again, or report it if it persists");
}

export function sendError(reply: FastifyReply, err: ApiError): FastifyReply {
  for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
  return reply.status(err.status).type("application/json; charset=utf-8").send(errorBody(err.code, err.message));
}

export function errorHandler(this: unknown, e: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const err = toApiError(e);
  if (err.status >= 500) req.log.error(e);
  return sendError(reply, err);
}
