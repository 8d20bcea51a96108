// Sentences written for these tests (stop 35, sj) in the style of news of the Russia–Ukraine war and Russia–West relations:
// a headline's strike told again by the lead naming the state's own service, a list of acts a call asks for, and a step
// welcomed with satisfaction.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/pipeline.js";

const events = (text: string, date = "2025-11-20") => annotate({ id: "t", text, document_date: date }).events ?? [];
const of = (text: string, type: string, date?: string) => events(text, date).filter((e) => e.type === type).map((e) => e.actors);

test("a headline's act told again by the lead through a body of the state the headline names is one act", () => {
  const text = "Moldova Rumıniyanın neft zavoduna zərbə endirib\n" +
    "Moldovanın Təhlükəsizlik Xidmətinin \"Alfa\" Mərkəzi Xüsusi Əməliyyatlar Qüvvələrinin pilotsuz uçuş aparatları 300 km " +
    "məsafədə Konstansa şəhərində yerləşən neft emalı zavoduna zərbə endiriblər.";
  const got = of(text, "ASSAULT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Moldova"));
  assert.ok(got[0].includes("Rumıniya"));
  assert.ok(got[0].includes("Moldovanın Təhlükəsizlik Xidməti"));
  // a body of the state the headline's act fell on, acting in the lead, does another act
  const other = "Moldova Rumıniyanın neft zavoduna zərbə endirib\n" +
    "Rumıniyanın Təhlükəsizlik Xidmətinin \"Alfa\" Mərkəzi Xüsusi Əməliyyatlar Qüvvələrinin pilotsuz uçuş aparatları Kaqul " +
    "şəhərində yerləşən neft emalı zavoduna zərbə endiriblər.";
  assert.equal(of(other, "ASSAULT").length, 2);
});

test("the acts a call lists are asked for, none of them done", () => {
  const text = "Nazir Kornelius Vand tərəfdaşları Moldovaya qarşı sanksiyaları gücləndirməyə, Rumıniyaya hərbi yardımı artırmağa və " +
    "hava hücumundan müdafiə sistemləri göndərməyə çağırıb.";
  assert.deepEqual(of(text, "SANCTION"), []);
  assert.equal(of(text, "REQUEST").length, 1);
  assert.deepEqual(of("Baş katib Moldovanı hücumları dayandırmağa və əsirləri azad etməyə çağırıb.", "ASSAULT"), []);
  assert.deepEqual(of("Kornelius Vand tərəfdaşları sanksiyaların tətbiqinə və Rumıniyanın gücləndirilməsi üçün tədbirlərə çağırıb.", "SANCTION"), []);
  // a clause closed before the link tells its act: the call after it is another's
  assert.equal(of("Moldovanın hücumları davam edir və Kornelius Vand dünyanı sanksiyalara çağırıb.", "ASSAULT").length, 1);
  // a list of what is claimed, closed by participles, asks for nothing
  const claimed = "Qəzetin yazdığına görə, Moldovanın danışıqlara başlamağa hazırlaşdığı, Rumıniyanın Moldovaya təzyiq etdiyi iddia edilib.";
  assert.equal(of(claimed, "AGREE").length, 1);
});

test("a step welcomed with satisfaction is support, a guest met is a visit", () => {
  const got = of("Nazir Kornelius Vand Rumıniyanın yeni yardım paketini məmnuniyyətlə qarşılayıb.", "SUPPORT");
  assert.equal(got.length, 1);
  assert.ok(got[0].includes("Rumıniya"));
  assert.deepEqual(of("Nazir Kornelius Vand Rumıniyanın yeni yardım paketini məmnuniyyətlə qarşılayıb.", "CONSULT"), []);
  // the same satisfaction with a verb of saying is only the manner of speaking
  assert.deepEqual(of("Nazir Kornelius Vand bunu məmnuniyyətlə bildirib.", "SUPPORT"), []);
  // a guest met at the airport stays a visit
  assert.equal(of("Prezident Rumıniyanın Baş nazirini hava limanında qarşılayıb.", "CONSULT").length, 1);
});

test("a third person's imperative after `ki` is asked when a verb of asking or saying opens it, else only supposed", () => {
  const mode = (text: string, type: string) => events(text).filter((e) => e.type === type).map((e) => e.mode);
  // supposed or wished: the act may come, it is not told done
  assert.deepEqual(mode("Ola bilər ki, Moldova Rumıniyaya hücum etsin.", "ASSAULT"), ["possible"]);
  assert.deepEqual(mode("Kornelius Vand bildirib ki, sülh o zaman mümkündür ki, Moldova qoşunlarını Rumıniyadan çıxarsın.", "RETREAT"),
    ["possible"]);
  // said: the speaker asks it
  const said = events("Kornelius Vand bildirib ki, Moldova qoşunlarını Rumıniyadan dərhal çıxarsın.");
  assert.ok(said.some((e) => e.type === "REQUEST" && e.mode === "demanded" && e.actors[0] === "Kornelius Vand"));
  assert.ok(!said.some((e) => e.type === "RETREAT" && e.mode === "asserted"));
  // asked by a verb of asking: the verb tells the demand, the act asked is none of its own
  const asked = events("Kornelius Vand tələb edib ki, Moldova qoşunlarını Rumıniyadan çıxarsın.");
  assert.equal(asked.filter((e) => e.type === "REQUEST").length, 1);
  assert.deepEqual(asked.filter((e) => e.type === "RETREAT"), []);
  // a plain past verb after `ki` is told done
  assert.deepEqual(mode("Kornelius Vand bildirib ki, Moldova qoşunlarını Rumıniyadan çıxarıb.", "RETREAT"), ["asserted"]);
});
