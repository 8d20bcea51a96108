import type { MorphTables } from "../../morph/tables.js";

export const morph: MorphTables = {};
