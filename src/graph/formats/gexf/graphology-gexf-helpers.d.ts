// Types for graphology-gexf's value parser (the package types only its ready-made parse
// and write): the GEXF loader reads values exactly as graphology-gexf does.
declare module "graphology-gexf/common/helpers.js" {
  /** A GEXF value of `type` (integer, double, boolean, liststring...) from its text. */
  export function parseValue(type: string, text: string): unknown;
}
