// Public entry of the graph layer (pure: runs in Node and in the browser).
export * from "./types.ts";
export { buildGraph, type BuildOptions } from "./build.ts";
export { applyLayout, defaultIterations, nodeSize, seedLayout, seedPosition, type LayoutOptions } from "./layout.ts";
export { toJSON, fromJSON } from "./formats/json/write.ts";
export { toGEXF, xmlSafe, GEXF_CREATOR } from "./formats/gexf/write.ts";
export { subgraph } from "./subgraph.ts";
export * from "./palette.ts";
export { GRAPH_EXTENSIONS } from "./formats/extensions.ts";
export { graphFileFormat, loadGEXF, loadGraphFile, loadGraphJSON, MAX_LABEL_LENGTH, type GraphFileFormat, type LoadedGraphFile, type LoadResult } from "./load/index.ts";
export { readArticle, isArticleFile, articleFormat, ARTICLE_EXTENSIONS, type Article, type ArticleFormat, type ArticleResult } from "../articles/article.ts";
