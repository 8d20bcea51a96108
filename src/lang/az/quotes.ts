import type { QuoteTables } from "../../extract/quotes/tables.js";

export const quotes: QuoteTables = {};
