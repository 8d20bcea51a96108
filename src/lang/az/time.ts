import type { TimeTables } from "../../extract/time/tables.js";

export const time: TimeTables = {};
