// Document ids from file names, as the CLI gives them and the explorer too (so that the same
// files get the same ids, hence the same graph, on both paths). Pure.

/** The base name of a path without its last extension ("a/b/x.v2.txt" -> "x.v2"). */
export function baseName(p: string): string {
  const name = p.split("/").pop() ?? p;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Document ids from file paths: the base name without its extension. When several files
 * share a base name, the first (in the given order) keeps it and the others get "-2",
 * "-3", ... (skipping ids that another file has as its own base name). Ids in `taken`
 * (documents already in a graph) are never given.
 */
export function documentIds(paths: readonly string[], taken: Iterable<string> = []): string[] {
  const bases = paths.map(baseName);
  const reserved = new Set(bases);
  const used = new Set(taken);
  return bases.map((base) => {
    if (!used.has(base)) {
      used.add(base);
      return base;
    }
    let n = 2;
    while (reserved.has(`${base}-${n}`) || used.has(`${base}-${n}`)) n++;
    const id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
