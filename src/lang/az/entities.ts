import type { EntityTables } from "../../extract/entities/tables.js";

export const entities: EntityTables = {};
