// Public entry of the extractor: pure (no Node or DOM APIs), deterministic.
// Per article (parse.ts): segment -> mentions -> links -> relations -> dates; then, in id
// order (build.ts): resolve names across articles -> nodes and edges.
import { GraphBuilder } from "./build.ts";
import { DEFAULT_LEXICON, type Lexicon } from "./lexicon.ts";
import { parseDocument } from "./parse.ts";
import { rulesFor } from "./rules.ts";
import type { Extraction, SourceDocument } from "./types.ts";

export * from "./types.ts";
export { DEFAULT_LEXICON, extendLexicon, type Lexicon, type LexiconExtension } from "./lexicon.ts";
export { GraphBuilder } from "./build.ts";
export { parseDocument, type ParsedDocument } from "./parse.ts";
export { rulesFor } from "./rules.ts";
export type { RawRelation } from "./relations.ts";

/** Orders documents as the graph is built from them: by id. */
export const byId = (x: { id: string }, y: { id: string }): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Turns articles into typed, evidence-backed nodes and edges. Articles are read in id order. */
export function extract(docs: SourceDocument[], lexicon: Lexicon = DEFAULT_LEXICON): Extraction {
  const R = rulesFor(lexicon);
  const builder = new GraphBuilder(R);
  for (const d of [...docs].sort(byId)) builder.add(parseDocument(d, R));
  return builder.finish();
}
