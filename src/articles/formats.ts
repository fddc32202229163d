// Which file names are articles, and in which format: apart from the readers, so that the
// explorer's file pickers know the names without loading the HTML and Markdown parsers.
export type ArticleFormat = "text" | "markdown" | "html";

/** File extensions (lower case) read as articles from folders, and their format. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
};
