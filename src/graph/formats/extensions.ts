// Which file names are graph files, and in which format: apart from the loaders, so that the
// explorer's file pickers know the names without loading the GEXF parser.
export type GraphFileFormat = "json" | "gexf";

/** File extensions (lower case) of the graph files the loaders read (src/graph/load), and their format. */
export const GRAPH_EXTENSIONS: Readonly<Record<string, GraphFileFormat>> = {
  ".json": "json",
  ".gexf": "gexf",
  ".xml": "gexf",
};

/** The format of a graph file by its name's extension; undefined for another name. */
export function graphFileFormatByName(name: string): GraphFileFormat | undefined {
  const lower = name.toLowerCase();
  for (const [extension, format] of Object.entries(GRAPH_EXTENSIONS)) if (lower.endsWith(extension)) return format;
  return undefined;
}
