// Precision audit of domestic and economic news (banker.az `Digər xəbərlər`), on sentences written for these tests:
// a verbal noun before a noun of power or right names what someone may do, no act; a price list read from the
// verb that imposes it is no trade barrier, however the list is named.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string) => annotate({ id: "t", text, document_date: "2025-11-20" }).events ?? [];
const kinds = (text: string) => events(text).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("a verbal noun of signing before a noun of power tells no signing", () => {
  assert.deepEqual(kinds("Azərsu ilə Bakı Metropoliteni arasında müqaviləni imzalama səlahiyyəti direktora verilib."), []);
  assert.deepEqual(kinds("Tender təklifini və Azərsu ilə satınalma müqaviləsini imzalama hüququ olan şəxsin sənədi təqdim edilməlidir."), []);
});

test("look-alikes: a signing told by its verb or its ceremony stays", () => {
  assert.deepEqual(kinds("Azərsu ilə Bakı Metropoliteni arasında müqavilə imzalanıb.").length, 1);
  assert.equal(events("Səfir Gürcüstan ilə müqavilə imzalama mərasimində iştirak edib.").filter((e) => e.type === "SUPPORT").length, 1);
});

test("a delivery price list put in force by the imposing verb is no tariff", () => {
  assert.deepEqual(kinds("Qlobalmarket 30 AZN-dən aşağı sifarişlər üçün yeni çatdırılma tarifləri tətbiq olunur."), []);
});

test("look-alikes: tariffs imposed on a state stay sanctions", () => {
  assert.deepEqual(kinds("ABŞ Çinə yeni tariflər tətbiq edib."), ["SANCTION:ABŞ|Çin"]);
  assert.deepEqual(kinds("Kanada Meksikaya yüksək tariflər tətbiq edəcək."), ["SANCTION:Kanada|Meksika"]);
});
