// Invented articles in bulk (templates we wrote, no corpus text) for ingestion tests.
const PEOPLE = ["Nərgiz Quliyeva", "Tural Məmmədov", "Samir Həsənli", "Leyla Rzayeva", "Orxan Babayev"];
const PLACES = ["Gəncə", "Şəki", "Lənkəran", "Quba", "Naxçıvan"];
const TOPICS = ["kənd təsərrüfatı", "turizm", "təhsil", "səhiyyə", "nəqliyyat"];

export function syntheticRecord(i: number): { id: string; url: string; title: string; published: string; text: string } {
  const p = PEOPLE[i % PEOPLE.length], q = PEOPLE[(i * 3 + 1) % PEOPLE.length];
  const place = PLACES[i % PLACES.length], topic = TOPICS[(i >> 1) % TOPICS.length];
  const day = String(1 + (i % 28)).padStart(2, "0");
  const month = String(1 + ((i >> 5) % 12)).padStart(2, "0");
  const text = [
    `Nazir ${p} ${day}-${month} tarixində ${place} şəhərində ${topic} sahəsində işlərlə tanış olub (${i}).`,
    `Görüşdə ${q} ${topic} üzrə ${i * 7 + 3} yeni layihənin hazırlandığını bildirib.`,
    `Tərəflər ${place} rayonunda ${i % 9 + 2} müəssisənin tikintisini müzakirə ediblər və sənəd nömrə ${i} imzalanıb.`,
  ].join(" ");
  return { id: `syn-${i}`, url: `https://example.az/syn/${i}`, title: `${place}: ${topic} (${i})`, published: `2024-${month}-${day}`, text };
}

export function syntheticJsonl(n: number, from = 0): string {
  let s = "";
  for (let i = from; i < from + n; i++) s += JSON.stringify(syntheticRecord(i)) + "\n";
  return s;
}
