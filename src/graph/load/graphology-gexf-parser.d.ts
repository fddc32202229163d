// Types for graphology-gexf's parser factory (the package types only its ready-made,
// environment-bound `parse`); taking the DOMParser as an argument keeps the loader pure.
declare module "graphology-gexf/common/parser.js" {
  import type Graph from "graphology";
  import type { GexfParserOptions } from "graphology-gexf/common/types.js";

  type GraphConstructor = new (options?: object) => Graph;
  type Parse = (Graph: GraphConstructor, source: string | Document, options?: GexfParserOptions) => Graph;

  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
