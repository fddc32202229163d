// A deterministic, article-like corpus for the benchmark: seeded, so every run and every
// machine reads the same text. Articles are made from real actors (world-countries and the
// people lexicon), the verbs of every action, dates in the forms news uses, and the page
// furniture scrapes carry; every 25th article is one of the real articles of graph-data.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import countries from "world-countries";
import people from "../../src/extract/lexicon/people.json";
import type { SourceDocument } from "../../src/extract/types.ts";
import { mulberry32 } from "../../src/graph/layout.ts";

interface Country {
  name: string;
  demonym: string;
  capital: string;
  code: string;
}

const COUNTRIES: Country[] = countries
  .filter((c) => c.independent && c.capital.length && (c.demonyms as Record<string, { m: string }> | undefined)?.eng?.m)
  .map((c) => ({ name: c.name.common, demonym: (c.demonyms as Record<string, { m: string }>).eng.m, capital: c.capital[0], code: c.cca2 }))
  .sort((x, y) => (x.code < y.code ? -1 : 1));

const OFFICIALS = (people.people as { label: string; country?: string; role?: string }[]).filter((p) => p.country && p.role);

const GOODS = ["steel", "aluminium", "soybeans", "wine", "solar panels", "rare earths", "beef", "semiconductors", "cars", "barley", "salmon", "textiles"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const NOISE = [
  "Share this article",
  "Subscribe to our newsletter for the latest news",
  "Advertisement",
  "Read more: markets close higher",
  "Follow us on Twitter",
  "• Home • World • Business",
  "Photo: file photo / Reuters",
];

/** Sentence templates: {A}/{B} countries, {a}/{b} demonyms, {capA} capitals, {P} an official of A, {role}, {g} goods, {when} a date. */
const TEMPLATES = [
  "{A} imposed tariffs of {n} percent on {b} {g} {when}.",
  "{capB} retaliated against {A}'s tariffs on {b} {g}, officials said.",
  "{P}, the {role} of {A}, said the measures would stay in place {when}.",
  "{B} filed a complaint with the World Trade Organization against {A}'s restrictions on exports of {g}.",
  "{A} lifted its ban on imports of {b} {g} {when}.",
  "The {a} government suspended talks with {B} over the dispute {when}.",
  "{P} urged {B} to drop its duties on {a} {g}.",
  "Trade ministers of {A} and {B} met in {capA} {when} and agreed to resume negotiations.",
  "{B} rejected the proposal, saying it did not address the restrictions.",
  "{A} extended the sanctions on {B} for another year.",
  "Analysts said the dispute could cost exporters billions of dollars in lost sales of {g}.",
  "{capA} criticized {B}'s decision to scrap the trade pact {when}.",
  "Shipments of {g} worth about ${n} million were held up at ports, traders said.",
  "The {a} {role}, {P}, told reporters that {B} had removed {A} from its list of trusted partners.",
];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

function when(rnd: () => number, year: number): string {
  const r = rnd();
  if (r < 0.3) return `on ${pick(rnd, WEEKDAYS)}`;
  if (r < 0.6) return `in ${pick(rnd, MONTHS)} ${year}`;
  if (r < 0.8) return `on ${pick(rnd, MONTHS)} ${1 + Math.floor(rnd() * 28)}`;
  return "last year";
}

/** The i-th synthetic article of the corpus with this seed (about 300-450 words). */
export function syntheticArticle(seed: number, i: number): SourceDocument {
  const rnd = mulberry32(seed * 1_000_003 + i);
  const [A, B] = [pick(rnd, COUNTRIES), pick(rnd, COUNTRIES)];
  const officials = OFFICIALS.filter((p) => p.country === A.code);
  const official = officials.length ? pick(rnd, officials) : { label: "Maria Lopez", role: "trade minister" };
  const year = 2000 + Math.floor(rnd() * 25);
  const month = Math.floor(rnd() * 12);
  const fill = (t: string): string =>
    t
      .replace(/\{A\}/g, A.name)
      .replace(/\{B\}/g, B.name)
      .replace(/\{a\}/g, A.demonym)
      .replace(/\{b\}/g, B.demonym)
      .replace(/\{capA\}/g, A.capital)
      .replace(/\{capB\}/g, B.capital)
      .replace(/\{P\}/g, official.label)
      .replace(/\{role\}/g, official.role ?? "minister")
      .replace(/\{g\}/g, () => pick(rnd, GOODS))
      .replace(/\{n\}/g, () => String(5 + Math.floor(rnd() * 95)))
      .replace(/\{when\}/g, () => when(rnd, year));
  const lines = [pick(rnd, NOISE), `${A.name} and ${B.name} trade blows over ${pick(rnd, GOODS)}`, `Published: ${MONTHS[month]} ${1 + Math.floor(rnd() * 28)}, ${year}`, ""];
  const paragraphs = 5 + Math.floor(rnd() * 4);
  for (let p = 0; p < paragraphs; p++) {
    const n = 2 + Math.floor(rnd() * 3);
    lines.push(Array.from({ length: n }, () => fill(pick(rnd, TEMPLATES))).join(" "), "");
    if (rnd() < 0.25) lines.push(pick(rnd, NOISE), "");
  }
  const id = `synthetic-${String(i).padStart(6, "0")}`;
  return { id, path: `bench/${id}.txt`, text: lines.join("\n") };
}

/** `size` articles: synthetic ones, with a real article (given) in every 25th place. */
export function benchCorpus(size: number, real: SourceDocument[], seed = 1): SourceDocument[] {
  return Array.from({ length: size }, (_, i) => {
    if (real.length && i % 25 === 24) {
      const r = real[((i / 25) % real.length) | 0];
      return { ...r, id: `real-${String(i).padStart(6, "0")}-${r.id}`, path: `bench/${r.id}-${i}.txt` };
    }
    return syntheticArticle(seed, i);
  });
}

export const wordCount = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** The real articles mixed into the corpus: graph-data/articles/*.txt, in name order. */
export function realArticles(dir = "graph-data/articles"): SourceDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ""), path: `${dir}/${f}`, text: readFileSync(path.join(dir, f), "utf8") }));
}
