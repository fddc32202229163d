// Acronyms an article defines: "the Australian Competition and Consumer Commission (ACCC)",
// "the Comprehensive Economic Partnership Agreement (CEPA)". The acronym in parentheses and
// every later use of it name the entity it follows (resolved when the graph is built).
import { newMention, type Mention } from "./mention.ts";
import type { Sentence } from "./tokens.ts";

const ACRONYM = /^[A-Z][A-Z0-9&-]{1,9}$/;
/** A body's short name in brackets may be in mixed case: "(UOKiK)", "(Conatel)". */
const SHORT_NAME = /^[A-Z][A-Za-z0-9&-]{1,11}$/;

/** Acronym -> the mention it abbreviates, for one article. */
export type AcronymTable = Map<string, Mention>;

/** Records "Name (ACR)" definitions; returns the mentions of the acronyms in parentheses. */
export function learnAcronyms(s: Sentence, ms: Mention[], table: AcronymTable): Mention[] {
  const toks = s.tokens;
  const out: Mention[] = [];
  for (const m of ms) {
    const [open, acr, close] = [toks[m.j], toks[m.j + 1], toks[m.j + 2]];
    if (m.type === "person" || open?.norm !== "(" || close?.norm !== ")") continue;
    const body = m.type === "organization" || m.type === "ministry";
    if (!ACRONYM.test(acr?.text ?? "") && !(body && SHORT_NAME.test(acr?.text ?? ""))) continue;
    if (ms.some((x) => x.i === m.j + 1 && x.known)) continue; // already a known name ("(WTO)")
    table.set(acr.text, m);
    out.push(acronymMention(s, m.j + 1, m.sent, m));
  }
  return out;
}

/** The sentence's mentions with acronyms defined earlier as mentions of their entity (over a guess like "a person named CEPA"). */
export function withAcronyms(s: Sentence, sent: number, ms: Mention[], table: AcronymTable): Mention[] {
  if (!table.size) return ms;
  let out = ms;
  s.tokens.forEach((t, k) => {
    const def = table.get(t.text);
    if (!def || out.some((m) => m.i <= k && k < m.j && (m.known || m.j - m.i > 1))) return;
    out = [...out.filter((m) => m.i !== k), acronymMention(s, k, sent, def)].sort((x, y) => x.i - y.i);
  });
  return out;
}

function acronymMention(s: Sentence, k: number, sent: number, def: Mention): Mention {
  const t = s.tokens[k];
  return newMention(sent, k, k + 1, t.start, t.end, def.type, t.text, { acronymOf: def });
}
