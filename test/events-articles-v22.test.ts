// Articles of security and conflict news (strikes, shelling, spies detained, exercises, aid, exchanges, peacekeepers
// leaving), written for these tests: the State Security Service named as news mostly writes it (`Dövlət Təhlükəsizlik
// Xidməti`, without the official compound's -i) at the start of a sentence is the whole body, not its last two words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const doc = (text: string, date = "2025-09-18") => annotate({ id: "t", text, document_date: date });
const orgs = (text: string) => (doc(text).entities ?? []).filter((e) => e.type === "ORG").map((e) => text.slice(e.start, e.end));
const sides = (text: string) => (doc(text).events ?? []).map((e) => `${e.type}:${[...e.actors].sort().join("|")}`);

test("`Dövlət Təhlükəsizlik Xidməti` opening a sentence is the State Security Service, the arrest's agent", () => {
  const text = "Dövlət Təhlükəsizlik Xidməti İran xüsusi xidmət orqanları üçün casusluq fəaliyyəti ilə məşğul olan şəxsi saxlayıb.";
  assert.ok(orgs(text).includes("Dövlət Təhlükəsizlik Xidməti"));
  // the written form and the abbreviation name one body, so the arrest has one agent
  assert.ok(sides(text).some((s) => s.startsWith("COERCE:") && s.includes("Dövlət Təhlükəsizli")));
  // look-alikes: the official spelling and other state services at the start of a sentence stay whole
  assert.ok(orgs("Dövlət Təhlükəsizliyi Xidməti iki nəfəri saxlayıb.").includes("Dövlət Təhlükəsizliyi Xidməti"));
  assert.ok(orgs("Dövlət Sərhəd Xidməti iki nəfəri saxlayıb.").includes("Dövlət Sərhəd Xidməti"));
  // a state body not in the table keeps what the engine made of it before (no `Dövlət` glued to any service)
  assert.ok(!orgs("Dövlət Təhlükəsizlik Xidməti və Dövlət Sərhəd Xidməti birgə əməliyyat keçirib.").includes("Təhlükəsizlik Xidməti"));
});
