// The time stage on the studied sets time6/time7 (te27): `ötən ilin eyni dövrü` is the period just named, in the year
// before; proved on sentences written for these tests, each with a look-alike that must keep its old reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { timexChecks } from "./support/timexes.js";

const AUG = "2025-08-04";
const { tx, one } = timexChecks(AUG);

test("`ötən ilin eyni dövrü` repeats the period just named, in the other year", () => {
  const h = one("2025-ci ilin birinci yarısında ixrac 3 milyard dollar olub. Bu, ötən ilin eyni dövrü ilə müqayisədə 10 faiz çoxdur.", "ötən ilin eyni dövrü");
  assert.deepEqual([h.type, h.value], ["DATE", "2024-H1"]);
  // a range of months: its first month (as the range itself is valued)
  assert.equal(one("Bu ilin yanvar-aprel aylarında gəlirlər artıb, 2024-cü ilin müvafiq dövründə isə azalmışdı.", "2024-cü ilin müvafiq dövründə").value, "2024-01");
  // a year's first months: the year, its start
  const s = one("2025-ci ilin ilk üç ayında satış artıb. Bu, əvvəlki ilin analoji dövrü ilə müqayisədə 5 faiz çoxdur.", "əvvəlki ilin analoji dövrü");
  assert.deepEqual([s.value, s.mod], ["2024", "START"]);
  assert.equal(one("Bu ilin III rübündə mənfəət azalıb, halbuki ötən ilin həmin dövründə artmışdı.", "ötən ilin həmin dövründə").value, "2024-Q3");
});

test("a year counted back that is the period's own is the year before it; a speaker's period counts too", () => {
  assert.equal(one("2024-cü il yanvarın 1-nə olan məlumata görə, şirkətin 500 filialı olub ki, bu da ötən ilin eyni dövrü ilə müqayisədə 20 faiz çoxdur.", "ötən ilin eyni dövrü").value, "2023-01-01");
  assert.equal(one("Nazir bildirib: \"2025-ci ilin yanvar-may aylarında ixrac 2024-cü ilin analoji dövrü ilə müqayisədə 10 faiz artıb.\"", "2024-cü ilin analoji dövrü").value, "2024-01");
  // look-alike: this year's same period after last year's is this year's
  assert.equal(one("2024-cü ilin yanvar-may aylarında 5 zavod tikilib, bu ilin eyni dövründə isə 8 zavod tikilib.", "bu ilin eyni dövründə").value, "2025-01");
});

test("with no period named before it, `ötən ilin eyni dövrü` is last year; `eyni dövrdə` alone is no time", () => {
  assert.equal(one("Ötən ilin eyni dövrü ilə müqayisədə idxal azalıb.", "Ötən ilin eyni dövrü").value, "2024");
  // look-alikes: a year named alone gives no period; `eyni dövrdə` with no year is none
  assert.equal(one("2025-ci ildə ixrac artıb, ötən ilin eyni dövründə isə azalmışdı.", "ötən ilin eyni dövründə").value, "2024");
  assert.deepEqual(tx("Eyni dövrdə iki layihə icra olunub.").map((t) => t.text), []);
});
