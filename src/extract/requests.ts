// Stage 5d: acts done at someone's request: "the order was issued by the court at the request
// of Kafue Copper", "ITAC opened the investigation following a complaint by Vaal Rod & Wire",
// "at the company's request". The one who asked urged whoever acted; with no one stated as
// acting, it urged the measure the sentence names.
import { isActor, isPossessive, type Mention } from "./mention.ts";
import type { RawRelation } from "./relations.ts";
import { afterBy } from "./subjects.ts";
import type { Sentence, Token } from "./tokens.ts";
import { ARTICLES } from "./words.ts";

/** Nouns of asking for an act: "at the request of", "following a complaint by", "on the application of". */
const ASKING = new Set(["request", "behest", "complaint", "complaints", "petition", "application", "instigation"]);
/** What opens the phrase: "at the request", "following a complaint", "after a petition", "on the application". */
const OPENERS = new Set(["at", "following", "after", "on", "upon"]);

/** The relations of asking for the sentence's acts, given the relations the sentence states. */
export function requestedActs(s: Sentence, ms: Mention[], relations: RawRelation[]): RawRelation[] {
  const toks = s.tokens;
  const out: RawRelation[] = [];
  for (let k = 1; k < toks.length; k++) {
    if (!ASKING.has(toks[k].norm)) continue;
    const asker = askerAt(toks, k, ms);
    if (!asker) continue;
    // Whoever acted in the sentence ("the court issued", "was issued by the court"), else the measure it names.
    const acted = relations.filter((r) => !STRUCTURAL.has(r.action) && !r.sources.includes(asker)).flatMap((r) => r.sources);
    const byAgent = ms.find((m) => m.j <= k && isActor(m) && m !== asker && afterBy(toks, m.i));
    // Else the sentence's first party, its subject most often ("At the EU's request, the WTO set up a panel").
    const fronted = OPENERS.has(toks[0].norm) && k < 6; // "At the EU's request, the WTO ..."
    const first = ms.find((m) => isActor(m) && m !== asker && m.type !== "person" && (fronted ? m.i > asker.j : m.j <= k));
    const targets = acted.length ? [...new Set(acted)] : byAgent ? [byAgent] : first ? [first] : ms.filter((m) => m.type === "measure").slice(0, 1);
    for (const target of targets) if (target !== asker) out.push({ sources: [asker], target, action: "urged", verb: toks[k].text, at: toks[k].start });
  }
  return out;
}

const STRUCTURAL = new Set(["member_of", "part_of", "targets"]);

/** Who asked, for the asking noun at k: "at the request of X", "a complaint by/from X", "at X's request". */
function askerAt(toks: Token[], k: number, ms: Mention[]): Mention | undefined {
  // "at the company's request", "at the EU's second request": a possessive before the noun.
  const own = isPossessive(toks[k - 1]) ? k - 1 : isPossessive(toks[k - 2]) && ORDINALS.has(toks[k - 1].norm) ? k - 2 : -1;
  if (own >= 0) {
    const owner = ms.find((m) => m.j === own && isActor(m));
    const opened = owner && (OPENERS.has(toks[owner.i - 1]?.norm ?? "") || (ARTICLES.has(toks[owner.i - 1]?.norm ?? "") && OPENERS.has(toks[owner.i - 2]?.norm ?? "")));
    return opened ? owner : undefined;
  }
  const det = ARTICLES.has(toks[k - 1]?.norm ?? "") ? k - 1 : k;
  if (!OPENERS.has(toks[det - 1]?.norm ?? "")) return undefined;
  const prep = toks[k + 1]?.norm;
  if (prep !== "of" && prep !== "by" && prep !== "from") return undefined;
  const at = ARTICLES.has(toks[k + 2]?.norm ?? "") ? k + 3 : k + 2;
  // Not a word of a longer name the text does not know ("a complaint from EU ProSun").
  return ms.find((m) => (m.i === at || m.i === k + 2) && isActor(m) && !(toks[m.j] && /^\p{Lu}/u.test(toks[m.j].text)));
}

const ORDINALS = new Set(["first", "second", "third", "fresh", "new", "formal", "repeated", "renewed"]);
