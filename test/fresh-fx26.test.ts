// Entities and quotes from the errors of the sets ent5, time8 and headlines15 (fx26): official lists of courts and judges,
// bodies named after a person or by a city and its district, lists of villages, currency codes, headline labels and
// interview titles. Proved on sentences written for these tests, each with a look-alike that must keep its old reading.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotate } from "../src/index.js";

const doc = (text: string) => annotate({ id: "t", text, document_date: "2025-08-04" });
const ents = (text: string) => doc(text).entities.map((e) => [e.text, e.type, e.name]);
const quotes = (text: string) => doc(text).quotes.map((q) => q.speaker ?? null);

test("an official name met only in its official form keeps that form; named again, given name + surname", () => {
  assert.deepEqual(ents("Fərmanla Quliyev Elvin Rasim oğlu hakim təyin edilib."),
    [["Quliyev Elvin Rasim oğlu", "PER", "Quliyev Elvin Rasim oğlu"]]);
  // look-alike: the article names him again (`E.Quliyev`, `Elvin Quliyev`)
  assert.deepEqual(ents("Fərmanla Quliyev Elvin Rasim oğlu hakim təyin edilib. E.Quliyev bu vəzifədə çalışacaq."),
    [["Quliyev Elvin Rasim oğlu", "PER", "Elvin Quliyev"], ["E.Quliyev", "PER", "Elvin Quliyev"]]);
  assert.equal(ents("Fərmanla Quliyev Elvin Rasim oğlu təyin edilib. Elvin Quliyev təşəkkür edib.")[0][2], "Elvin Quliyev");
});

test("a surname of no known shape after a court's name still opens the official name with its patronymic", () => {
  assert.deepEqual(ents("Fərmanla Şəki Rayon Məhkəməsi Dəmirsoy Xalidə Vasif qızı hakim təyin edilib."),
    [["Şəki Rayon Məhkəməsi", "ORG", "Şəki Rayon Məhkəməsi"], ["Dəmirsoy Xalidə Vasif qızı", "PER", "Dəmirsoy Xalidə Vasif qızı"]]);
  // look-alike: a known place before the given name is no surname
  assert.deepEqual(ents("Fərmanla Şəki Rayon Məhkəməsi Bakı Xalidə Vasif qızı hakim təyin edilib.").slice(0, 2),
    [["Şəki Rayon Məhkəməsi", "ORG", "Şəki Rayon Məhkəməsi"], ["Bakı", "LOC", "Bakı"]]);
});

test("`<city> şəhəri <district> Rayon Məhkəməsi` is one body from the city on", () => {
  assert.deepEqual(ents("Fərmanla Gəncə şəhəri Kəpəz Rayon Məhkəməsinin hakimi təyin edilib."),
    [["Gəncə şəhəri Kəpəz Rayon Məhkəməsinin", "ORG", "Gəncə şəhəri Kəpəz Rayon Məhkəməsi"]]);
  // look-alike: a district before a lower-case head is a place of its own
  assert.deepEqual(ents("Yağış Gəncə şəhəri Kəpəz rayonunda güclü olub."), [["Gəncə", "LOC", "Gəncə"], ["Kəpəz", "LOC", "Kəpəz"]]);
});

test("`<person> adına <body>` is one body; before a lower-case descriptor the person stays alone", () => {
  assert.deepEqual(ents("Yeni park Nizami Gəncəvi adına Dövlət Poeziya Teatrının yanında salınıb."),
    [["Nizami Gəncəvi adına Dövlət Poeziya Teatrının", "ORG", "Nizami Gəncəvi adına Dövlət Poeziya Teatrı"]]);
  assert.deepEqual(ents("Prezident Heydər Əliyev adına təqaüdü təsis edib."), [["Heydər Əliyev", "PER", "Heydər Əliyev"]]);
});

test("one-word names listed before a shared plural place head are all places", () => {
  assert.deepEqual(ents("Yol Şamaxı rayonunun Çuxuryurd, Qasımlı, Təklə və Talışnuru kəndlərini birləşdirir.").map((e) => e[1]),
    ["LOC", "LOC", "LOC", "LOC", "LOC"]);
  // look-alike: surnames listed before a verb stay persons
  assert.deepEqual(ents("Tədbirdə Anar Məmmədov, Cəfərli və Həsənli çıxış ediblər.").map((e) => e[1]), ["PER", "PER", "PER"]);
});

test("a person's name before a body whose name opens with `Mərkəzi` is two names", () => {
  assert.deepEqual(ents("Fərmanla Nəzim Həsənov Mərkəzi Muğan Regional Təhsil İdarəsinin müdiri təyin edilib."),
    [["Nəzim Həsənov", "PER", "Nəzim Həsənov"], ["Mərkəzi Muğan Regional Təhsil İdarəsinin", "ORG", "Mərkəzi Muğan Regional Təhsil İdarəsi"]]);
  // look-alikes: a centre named after the person is one body, and so is it before a short name of its branch
  assert.deepEqual(ents("Konsert Nəzim Həsənov Mərkəzində keçirilib."), [["Nəzim Həsənov Mərkəzində", "ORG", "Nəzim Həsənov Mərkəzi"]]);
  assert.deepEqual(ents("Konsert Nəzim Həsənov Mərkəzi Bakı Filialında keçirilib.")[0], ["Nəzim Həsənov Mərkəzi", "ORG", "Nəzim Həsənov Mərkəzi"]);
});

test("a hyphenated pair of places opening a regional body's name is part of it", () => {
  assert.deepEqual(ents("Şirvan-Salyan Regional Gömrük İdarəsinin rəisi dəyişib."),
    [["Şirvan-Salyan Regional Gömrük İdarəsinin", "ORG", "Şirvan-Salyan Regional Gömrük İdarəsi"]]);
  // look-alike: a pair of countries before a common noun is no name
  assert.deepEqual(ents("İran-İraq sərhədində gərginlik artıb."), []);
});

test("a known body whose last word softens before its case ending (`Baş Prokurorluğun`) is known", () => {
  assert.deepEqual(ents("Baş Prokurorluğun məlumatına görə, iş açılıb."), [["Baş Prokurorluğun", "ORG", "Baş Prokurorluq"]]);
  assert.deepEqual(ents("O, Hərbi Prokurorluğa müraciət edib."), [["Hərbi Prokurorluğa", "ORG", "Hərbi Prokurorluq"]]);
  // look-alike: the nominative as before
  assert.deepEqual(ents("O, Baş Prokurorluq tərəfindən təyin edilib."), [["Baş Prokurorluq", "ORG", "Baş Prokurorluq"]]);
});

test("a currency code after an amount is a unit, not a body", () => {
  assert.deepEqual(ents("Layihəyə 500 AZN ayrılıb."), []);
  assert.deepEqual(ents("Bank 5 mln USD kredit alıb."), []);
  // look-alike: the code with no amount before it keeps its old reading
  assert.deepEqual(ents("AZN dollara qarşı sabit qalıb."), [["AZN", "ORG", "AZN"]]);
});

test("universities known by one word and a large bank are known bodies", () => {
  assert.deepEqual(ents("Harvardın tələbələri etiraz edib.").map((e) => e[1]), ["ORG"]);
  assert.deepEqual(ents("AccessBank yeni kredit təqdim edib."), [["AccessBank", "ORG", "AccessBank"]]);
});

test("an abbreviation in capitals shows a headline keeps its capitals", () => {
  assert.deepEqual(ents("MDB çərçivəsində ortaq seriallar və uşaq kontenti yaradıla bilər"), [["MDB", "ORG", "MDB"]]);
  // look-alike: a text all in lower case stays read as lower-cased
  assert.deepEqual(ents("bu gün havanın temperaturu aşağı düşəcək və yağış yağacaq deyə sinoptiklər bildirib"), []);
});

test("a headline label with a word in capitals and no name names no speaker", () => {
  assert.deepEqual(quotes('Bazarda QALMAQAL ANI: "Qiymətlər hər gün qalxır, alan yoxdur"'), [null]);
  // look-alike: a name label speaks
  assert.deepEqual(quotes('Paşinyan: "Sülh sazişi imzalanacaq"'), ["Paşinyan"]);
});

test("`\"…\" - X-la müsahibə`: the person interviewed speaks", () => {
  assert.deepEqual(quotes('"Teatr bizim ikinci evimizdir" - Rəna Quliyevayla MÜSAHİBƏ'), ["Rəna Quliyeva"]);
  assert.deepEqual(quotes('"Teatr bizim ikinci evimizdir" - Rəna Quliyeva ilə müsahibə'), ["Rəna Quliyeva"]);
  // look-alike: a lead-in that is no interview names no one
  assert.deepEqual(quotes('"Teatr bizim ikinci evimizdir" - Rəna Quliyevanın XATİRƏLƏRİ'), [null]);
});
