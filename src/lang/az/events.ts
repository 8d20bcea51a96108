import type { EventTables } from "../../extract/events/tables.js";

export const events: EventTables = {};
