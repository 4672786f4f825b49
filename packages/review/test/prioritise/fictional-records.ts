// Fictional screening records for the tests: generated from small word lists with a seeded
// generator. No real titles, abstracts or people.
export interface FictionalSet {
  records: Array<{ title: string; abstract: string }>;
  labels: Array<0 | 1>;
}

const TOPIC = ["buurtcoach", "schuldhulp", "wijkteam", "armoede", "huishoudens", "interventie", "effect", "trial"];
const OTHER = [
  "rivier",
  "vogels",
  "beton",
  "satelliet",
  "algoritme",
  "tarwe",
  "kristal",
  "vulkaan",
  "logistiek",
  "orgel",
  "koraal",
  "turbine",
  "fossiel",
  "enzym",
  "galaxie",
  "sediment",
  "accu",
  "schimmel",
  "bodem",
  "radar",
];
const COMMON = ["studie", "resultaten", "methode", "analyse", "data", "onderzoek", "model", "groep"];

/** `n` fictional records of which `relevant` are about the (fictional) review topic. */
export function fictionalSet(n: number, relevant: number, seed = 7): FictionalSet {
  let s = seed >>> 0;
  const random = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const pick = (list: string[]) => list[Math.floor(random() * list.length)] as string;
  const records: FictionalSet["records"] = [];
  const labels: Array<0 | 1> = [];
  for (let i = 0; i < n; i++) {
    const isRelevant = i % Math.floor(n / relevant) === 0 && labels.filter((l) => l === 1).length < relevant;
    const words = Array.from({ length: 40 }, () => {
      const r = random();
      if (isRelevant) return r < 0.35 ? pick(TOPIC) : r < 0.7 ? pick(COMMON) : pick(OTHER);
      return r < 0.03 ? pick(TOPIC) : r < 0.45 ? pick(COMMON) : pick(OTHER);
    });
    records.push({ title: words.slice(0, 6).join(" "), abstract: words.slice(6).join(" ") });
    labels.push(isRelevant ? 1 : 0);
  }
  return { records, labels };
}
