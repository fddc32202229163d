// Curation: a person's corrections to an extracted graph, kept as a file of operations that
// are applied again after every extraction (README "Curation"). Pure.
export * from "./types.ts";
export { applyOperations, curate, evidenceProblem, type CurationResult } from "./apply.ts";
export { describeOperation, staleMessage } from "./describe.ts";
export { findEdge, findNode, hintOf, splitEdgeKey } from "./find.ts";
export { readCuration, writeCuration, type CurationRead } from "./file.ts";
export { makeOperation } from "./make.ts";
