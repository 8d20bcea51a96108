export { buildServer } from "./server.js";
export type { ApiOptions } from "./context.js";
export { LIMITS } from "./schemas.js";
