// The corpus half of extraction: parsed articles, added in id order, become one graph.
// Names resolve across articles here (resolve.ts), so this part runs in one place, in order.
import type { FoundDate } from "./dates.ts";
import { slug } from "./tokens.ts";
import { isCollectiveActor, type Mention } from "./mention.ts";
import type { ParsedDocument } from "./parse.ts";
import { newCorpusMemory, newDocMemory, resolveMention, type CorpusMemory } from "./resolve.ts";
import type { Rules } from "./rules.ts";
import { edgeKey, inGraphOrder, type Action, type DocumentInfo, type EntityNode, type Evidence, type Extraction, type RelationEdge } from "./types.ts";

interface Builder {
  corpus: CorpusMemory;
  nodes: Map<string, EntityNode>;
  edges: Map<string, RelationEdge>;
  /** Edges whose date so far is only a carried one (ParsedSentence.carried). */
  carriedDates: Set<string>;
  /** Entity key -> the last measure aimed at it (its "targets" edges). */
  aimedAt: Map<string, string>;
}

/** Accumulates parsed articles (in id order) into nodes and edges. */
export class GraphBuilder {
  private readonly b: Builder = { corpus: newCorpusMemory(), nodes: new Map(), edges: new Map(), carriedDates: new Set(), aimedAt: new Map() };
  private readonly documents: DocumentInfo[] = [];
  constructor(private readonly R: Rules) {}

  add(parsed: ParsedDocument): void {
    const { b, R } = this;
    const doc = parsed.info;
    this.documents.push(doc);
    const memory = newDocMemory(doc.id, new Set(parsed.standalone), parsed.dateline);
    for (const { sentence: s, mentions, defined, relations, dates, when, carried } of parsed.sentences) {
      for (const m of [...mentions, ...defined]) {
        if (m.acronymOf)
          m.key = m.acronymOf.key; // the entity the article defined it for, if that resolved
        else resolveMention(m, memory, b.corpus, R);
      }
      for (const m of [...mentions.filter((x) => !defined.some((d) => d.i === x.i)), ...defined]) if (m.key) addMention(b, m, doc.id);
      for (const r of relations) {
        const ev = evidence(doc.id, s, nearestDate(dates, r.at - s.start) ?? when, carried);
        // "released Juan Soto", "freed the captain": what is lifted is the measure held on the person.
        if (r.action === "lifted" && r.target.type === "person" && r.target.key) {
          const held = b.aimedAt.get(r.target.key);
          if (held) {
            for (const src of r.sources) if (src.key) addEdgeKeys(b, src.key, "lifted", held, r.verb, ev);
            continue;
          }
        }
        const target = r.target.key ? b.corpus.entities.get(r.target.key) : undefined;
        const keeper = target?.owner ?? target?.country;
        if (r.byOwner && keeper) addEdgeKeys(b, keeper, r.action, target!.key, r.verb, ev);
        for (const src of r.sources) {
          // No one criticizes or answers their own state's measure: an unnamed body or official read as the wrong side's.
          const own = (r.action === "criticized" || r.action === "retaliated") && target?.type === "measure" && keeper && src.key ? stateOfKey(b, src.key) : undefined;
          if (own !== undefined && own === stateOfKey(b, keeper!)) continue;
          addEdge(b, src, r.action, r.target, r.verb, ev);
          // Criticizing or answering a measure is criticizing or answering whoever imposed it.
          if ((r.action === "criticized" || r.action === "retaliated") && target?.type === "measure" && keeper && src.key !== keeper) addEdgeKeys(b, src.key!, r.action, keeper, r.verb, ev);
        }
      }
      // A measure's owner and targets are as dated as the sentence that names it ("On Aug. 1 the Treasury's sanctions ...").
      structuralEdges(b, mentions, s, doc.id, dates, when, carried, R, parsed.dateline);
    }
  }

  finish(): Extraction {
    return finish(this.documents, this.b, this.R);
  }
}

/** Evidence is what the builder keeps; `carried` marks a date the sentence did not state (see addEdgeKeys). */
type DatedEvidence = Evidence & { carried?: boolean };

function evidence(doc: string, s: { start: number; end: number }, date?: string, carried?: string): DatedEvidence {
  if (date) return { doc, start: s.start, end: s.end, date };
  return carried ? { doc, start: s.start, end: s.end, date: carried, carried: true } : { doc, start: s.start, end: s.end };
}

function nearestDate(dates: FoundDate[], at: number): string | undefined {
  let best: FoundDate | undefined;
  for (const d of dates) if (!d.bound && (!best || Math.abs(d.index - at) < Math.abs(best.index - at))) best = d;
  return best?.iso;
}

const CLAUSE_BREAK = /;|\b(but|while|whereas|although)\b/i;
/** The same subject speaking again after a break: "..., but said", "but added". */
const SAYS_AGAIN = /\bbut\s+(also\s+)?(said|says|added|stressed|insisted|noted)\s+(that\s+)?$/i;

/** The sentence's text between two of its mentions. */
function between(s: { start: number; text: string }, a: Mention, b: Mention): string {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return s.text.slice(x.end - s.start, y.start - s.start);
}

/** Relations the text states by its structure rather than a verb. */
function structuralEdges(
  b: Builder,
  ms: Mention[],
  s: { start: number; end: number; text: string },
  doc: string,
  dates: FoundDate[],
  when: string | undefined,
  carried: string | undefined,
  R: Rules,
  dateline?: string,
): void {
  const ev = evidence(doc, s);
  for (const m of ms) {
    if (!m.key) continue;
    const e = b.corpus.entities.get(m.key)!;
    const owner = m.owner?.key;
    // A country counts where this mention states it ("Japanese", "Japan's") or the lexicon knows it.
    const stated = m.country ?? (m.known ? e.country : undefined);
    const parent = m.known?.partOf ? knownByLabel(b, m.known.partOf) : undefined;
    if (m.type === "person") {
      const official = !m.role?.split(" ").some((w) => R.privateRoles.has(w)); // not "pastor", "journalist", "managing director"
      if (parent)
        addEdgeKeys(b, m.key, "member_of", parent, "", ev); // a known official of an international body
      else if (owner && m.owner && isCollectiveActor(m.owner)) addEdgeKeys(b, m.key, "member_of", owner, "", ev);
      else if (stated && official) {
        // "Kyrgyz Economy Minister X": a state named only by its adjective is still the official's.
        if (!b.nodes.has(stated)) knownNodeAt(b, stated, m, ev.doc, R);
        addEdgeKeys(b, m.key, "member_of", stated, "", ev);
      } else if (m.role && official && !e.country && !m.known && !m.governed) {
        // An official with no nationality given speaks for the country acting in the sentence; not one met, called
        // on or named by the actor ("Singapore's ambassador called on Deputy Minister X"), who is as likely the other side's.
        // Not "urged Japan", nor a country in another clause ("Moscow blamed Kyiv, but Peskov said ...").
        // "X said he regretted ..., but said Lisbon would not retaliate": the official's own clause goes on after "but said".
        const sameSpeaker = (x: Mention) => x.i > m.j && SAYS_AGAIN.test(between(s, x, m));
        // Not another official's stated state where that one is the other side's: "X and his Bangladeshi counterpart Y".
        // An envoy or a counterpart named with their state is the other side's ("Croatia's ambassador X was summoned, and State Secretary Y accused ...").
        const other = (p: Mention) => !!p.role?.split(" ").some((w) => w === "counterpart" || R.envoys.has(w));
        const theirs = new Set(ms.filter((p) => p.type === "person" && p !== m && p.country && other(p)).map((p) => p.country));
        const c = ms.find((x) => x.type === "country" && x.key && !x.governed && !theirs.has(x.key) && (!CLAUSE_BREAK.test(between(s, x, m)) || sameSpeaker(x)));
        // With no country in the sentence at all, the dateline's: "PRAGUE - Prime Minister Jan Novak said ...".
        // Else the state of a ministry acting in the sentence ("Its Foreign Ministry summoned ..., and Deputy Minister X said").
        const ministry = ms.find((x) => x.type === "ministry" && x.key && !x.governed && x.i < m.i && b.corpus.entities.get(x.key)?.country);
        const home =
          c?.key ?? (ministry && b.corpus.entities.get(ministry.key!)?.country) ?? (dateline && !ms.some((x) => x.type === "country" && !x.governed) && b.nodes.has(dateline) ? dateline : undefined);
        if (home) {
          addEdgeKeys(b, m.key, "member_of", home, "", ev);
          e.country = home; // so that what this person imposes later belongs to the country
        }
      }
    } else if (m.type === "ministry" || m.type === "organization") {
      const court = /\bcourt\b/i.test(e.label);
      // A company is no part of its state ("Kyrgyzstan's Tolkun Bank"); a ministry or a court is.
      if (owner && m.owner!.type !== "person" && owner !== m.key && (m.type === "ministry" || court || m.owner!.type !== "country")) {
        if (!b.nodes.has(owner)) knownNodeAt(b, owner, m.owner!, ev.doc, R); // "the WTO panel" names the WTO only inside its own name
        addEdgeKeys(b, m.key, "part_of", owner, "", ev);
      } else if (stated && stated !== m.key && (m.type === "ministry" || court)) {
        if (!b.nodes.has(stated)) knownNodeAt(b, stated, m, ev.doc, R); // "the Mauritanian coast guard": a state named by its adjective
        addEdgeKeys(b, m.key, "part_of", stated, "", ev);
      }
      if (parent) addEdgeKeys(b, m.key, "part_of", parent, "", ev);
    } else if (m.type === "measure") {
      const action: Action | undefined = m.family === "complaint" ? "filed" : m.family === "ruling" ? "ordered" : m.family === "list" || m.family === "status" ? undefined : "imposed";
      const ownerKey = owner ?? e.country;
      const dated = evidence(doc, s, nearestDate(dates, m.start - s.start) ?? when, carried);
      if (action && ownerKey && ownerKey !== m.key && (m.owner || m.country)) addEdgeKeys(b, ownerKey, action, m.key, "", dated);
      else if (action && m.imposer?.key && m.imposer.key !== m.key) addEdgeKeys(b, m.imposer.key, action, m.key, "", dated);
      for (const t of m.targets ?? []) {
        if (!t.key || t.key === m.key || t.key === e.country) continue;
        if (!b.corpus.entities.has(t.key)) addKnown(b, t.key, R); // a country named only by its adjective: "Brazilian beef"
        if (!b.nodes.has(t.key)) addMention(b, t, ev.doc);
        addEdgeKeys(b, m.key, "targets", t.key, "", dated);
      }
    }
  }
}

/** The state a node is or belongs to, if known. */
function stateOfKey(b: Builder, key: string): string | undefined {
  const e = b.corpus.entities.get(key);
  return e?.type === "country" ? key : e?.country;
}

/** The key of an entity the corpus has named, by its label ("European Commission"); undefined until the text names it. */
function knownByLabel(b: Builder, label: string): string | undefined {
  const key = slug(label); // lexicon actors are keyed by the slug of their label
  return b.corpus.entities.has(key) ? key : undefined;
}

function addKnown(b: Builder, key: string, R: Rules): void {
  const k = R.gaz.byKey.get(key);
  if (k) b.corpus.entities.set(key, { key, label: k.label, type: k.type, country: k.type === "country" ? key : undefined });
}

/** A known entity's node where a mention states it without naming it apart (a state by its adjective, a body in its organ's name): that mention is its evidence. */
function knownNodeAt(b: Builder, key: string, m: Mention, doc: string, R: Rules): void {
  if (!b.corpus.entities.has(key)) addKnown(b, key, R);
  const e = b.corpus.entities.get(key);
  const alias = m.key === key && m.text !== e?.label ? [m.text] : []; // "WTO" inside "the WTO panel"
  if (e) b.nodes.set(key, { key, label: e.label, type: e.type, aliases: alias, mentions: [{ doc, start: m.start, end: m.end }] });
}

/** A mention's words as an alias: without an article, or the "own" of "its own duties". */
const bare = (text: string | undefined): string | undefined =>
  text
    ?.replace(/^(the|a|an)\s+/i, "")
    .replace(/^own\s+/i, "")
    .trim();

function addMention(b: Builder, m: Mention, doc: string): void {
  const e = b.corpus.entities.get(m.key!)!;
  let n = b.nodes.get(e.key);
  if (!n) b.nodes.set(e.key, (n = { key: e.key, label: e.label, type: e.type, aliases: [], mentions: [] }));
  for (const text of [m.text, m.longText, m.phrase].map(bare)) if (text && text !== n.label && !n.aliases.includes(text)) n.aliases.push(text);
  n.mentions.push({ doc, start: m.start, end: m.end });
  if (e.role && !n.role) n.role = e.role;
}

function addEdge(b: Builder, src: Mention, action: Action, tgt: Mention, verb: string, ev: DatedEvidence): void {
  if (src.key && tgt.key) addEdgeKeys(b, src.key, action, tgt.key, verb, ev);
}

function addEdgeKeys(b: Builder, source: string, action: Action, target: string, verb: string, dated: DatedEvidence): void {
  if (source === target) return;
  const { carried, ...ev } = dated;
  const key = edgeKey(source, action, target);
  let e = b.edges.get(key);
  if (!e) b.edges.set(key, (e = { source, target, action, verb, evidence: [] }));
  if (action === "targets") b.aimedAt.set(target, source);
  if (!e.verb && verb) e.verb = verb;
  // Sentences come in order, so the same sentence can only be the last evidence.
  const last = e.evidence[e.evidence.length - 1];
  if (!last || last.doc !== ev.doc || last.start !== ev.start) e.evidence.push(ev);
  else if (ev.date) last.date ??= ev.date;
  // The edge's date is its earliest evidence's ("2019" counts as before "2019-07"); a carried
  // date only while no evidence states one.
  if (!ev.date || (carried && e.date && !b.carriedDates.has(key))) return;
  if (!e.date || ev.date < e.date || (!carried && b.carriedDates.has(key))) e.date = ev.date;
  if (carried) b.carriedDates.add(key);
  else b.carriedDates.delete(key);
}

/** The graph, in graph order (inGraphOrder); measures nothing acts on ("the measures") and idle news outlets are dropped. */
function finish(documents: DocumentInfo[], b: Builder, R: Rules): Extraction {
  const used = new Set<string>();
  for (const e of b.edges.values()) {
    used.add(e.source);
    used.add(e.target);
  }
  // News outlets are sources, not actors, unless the text has them do something.
  const isNews = (label: string) => R.newsHeads.has(label.toLowerCase()) || R.newsHeads.has(label.split(/\s+/).pop()!.toLowerCase());
  const nodes = [...b.nodes.values()].filter((n) => used.has(n.key) || (n.type !== "measure" && !(n.type === "organization" && isNews(n.label))));
  const keep = new Set(nodes.map((n) => n.key));
  const edges = [...b.edges.values()].filter((e) => keep.has(e.source) && keep.has(e.target));
  for (const n of nodes) if (n.role === undefined) delete n.role;
  return inGraphOrder({ documents, nodes, edges });
}
