// The toolbar's data controls: "Add articles" (files, drops, pasted text; extracted in a
// worker with the current graph's articles), "Open graph" (graph.json or GEXF, loaded in a
// worker; or a curation file, which replaces the edits; or a lexicon extension, with which
// the articles are extracted again), "Reset" (back to the default articles). Failures leave the current graph as it
// is and say which file and what went wrong.
import { useEffect, useRef, useState } from "react";
import { fromJSON } from "../../graph/formats/json/write.ts";

import type { NewsGraph } from "../../graph/types.ts";
import { staleMessage } from "../../graph/curation/describe.ts";
import { readCuration } from "../../graph/curation/file.ts";
import { readLexiconFile } from "../../graph/curation/lexicon-file.ts";
import { dropIntent, GRAPH_ACCEPT, jsonFileKind } from "../core/dropped-files.ts";
import type { ArticleInput } from "../extraction/protocol.ts";
import { fileInput, useExtraction, type ExtractionResult } from "../extraction/use-extraction.ts";
import { useOpening, type OpenResult } from "../opening/use-opening.ts";
import { useFileDrop } from "../use-file-drop.ts";
import { DEFAULT_ORIGIN, type Persistence } from "../initial-graph.ts";
import type { WorkingGraph } from "../use-working-graph.ts";
import { AddArticles } from "./AddArticles.tsx";
import { ExtractionStatus } from "./ExtractionStatus.tsx";
import { Notices, type Notice } from "./Notices.tsx";
import { OpeningStatus } from "./OpeningStatus.tsx";
import { errorMessage } from "../../graph/error-message.ts";

/** At most this many notices stay on screen (the oldest go first). */
const MAX_NOTICES = 4;
/** Plain news ("Opened x") goes by itself; errors and warnings stay until dismissed. */
const INFO_SECONDS = 8;
const PERSISTENCE_TITLES: Record<Persistence, string> = {
  default: "The default articles (graph.json served with the page)",
  saving: "Being kept in this browser",
  saved: "Kept in this browser: a reload shows it",
  failed: "Not kept in this browser: export it before reloading",
  unreadable: "The default articles: the graph kept in this browser could not be read",
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "default articles + 3 added" after adding 2 more to "default articles + 1 added". */
function addedOrigin(origin: string, added: number): string {
  const m = / \+ (\d+) added$/.exec(origin);
  return m ? `${origin.slice(0, m.index)} + ${Number(m[1]) + added} added` : `${origin} + ${added} added`;
}

/** A graph file handed over to the working graph: drawn yet? (then kept, by its worker). */
interface Opened {
  name: string;
  bytes: number;
  graph: NewsGraph;
  drawn: boolean;
}

/** `drawn` is the last graph the canvas has drawn (its first frame on screen). */
export function GraphInputs({ working, drawn }: { working: WorkingGraph; drawn: NewsGraph }) {
  const extraction = useExtraction();
  const opening = useOpening();
  const [notices, setNotices] = useState<Notice[]>([]);
  const [adding, setAdding] = useState(false);
  const nextId = useRef(1);
  const openInput = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const busy = extraction.running || opening.progress !== null;

  const dismiss = (id: number) => setNotices((list) => list.filter((n) => n.id !== id));
  const notify = (level: Notice["level"], title: string, details: string[] = []) => {
    const id = nextId.current++;
    setNotices((list) => [...list.slice(1 - MAX_NOTICES), { id, level, title, details }]);
    if (level === "info") setTimeout(() => dismiss(id), INFO_SECONDS * 1000);
  };

  // What the page found when it opened (a kept graph it could not read, repairs), once per graph.
  const { problems, persistence, graph: shown } = working;
  useEffect(() => {
    if (!problems?.length) return;
    if (persistence === "unreadable") notify("error", "Could not read the graph kept in this browser", problems);
    else notify("warning", "The graph kept in this browser was repaired", problems);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problems]);
  // A graph the browser refused to keep (quota, storage blocked) is lost on reload: say so until dismissed.
  useEffect(() => {
    if (persistence === "failed") notify("warning", "Not kept in this browser: export it before reloading", ["The browser refused to store this graph; a reload would show the graph kept before it."]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [persistence, shown]);

  // After the handover: "drawing" until the canvas has drawn it, then "keeping" while its worker stores it.
  useEffect(() => {
    if (opened && !opened.drawn && drawn === opened.graph) setOpened({ ...opened, drawn: true });
  }, [opened, drawn]);
  const handedOver = opened && working.base === opened.graph && (!opened.drawn || persistence === "saving") ? opened : null;

  // Read and loaded in a worker: the page stays usable, and the current graph stays until the new one is ready.
  const openGraph = (file: File) =>
    opening.start(file, (result: OpenResult) => {
      if (result.kind === "cancelled") return notify("info", `Opening ${file.name} cancelled: the graph is unchanged`);
      if (result.kind === "failed") return notify("error", `Could not open ${file.name}`, [result.error]);
      const { graph, warnings, kept } = result;
      working.replace(graph, file.name, { kept });
      setOpened({ name: file.name, bytes: file.size, graph, drawn: false });
      const title = `Opened ${file.name}: ${plural(graph.order, "node")}, ${plural(graph.size, "edge")}`;
      notify(warnings.length ? "warning" : "info", warnings.length ? `${title}, with repairs` : title, warnings);
    });

  /** A curation file replaces the edits; one that cannot be read changes nothing. */
  const openCuration = (name: string, text: string) => {
    const read = readCuration(text, name, working.base.getAttribute("documents") ?? []);
    if ("error" in read) return notify("error", `Could not open ${name}`, [read.error]);
    const { stale } = working.setEdits(read.operations);
    const title = `Opened ${name}: ${plural(read.operations.length, "edit")}`;
    notify(stale.length ? "warning" : "info", stale.length ? `${title}, ${stale.length} no longer apply` : title, stale.map(staleMessage));
  };

  /** A lexicon extension: the graph's articles are extracted again with it, and the edits applied again. */
  const openLexicon = (name: string, text: string) => {
    const read = readLexiconFile(text, name);
    if ("error" in read) return notify("error", `Could not open ${name}`, [read.error]);
    const existing = working.base.getAttribute("documents") ?? [];
    if (existing.length === 0) return notify("error", `Could not use ${name}`, ["This graph has no article texts to extract again: add articles first."]);
    const origin = working.origin;
    extraction.start({ existing, added: [], lexicon: read.additions }, (result: ExtractionResult) => {
      if (result.kind === "cancelled") return notify("info", "Extraction cancelled: the graph is unchanged");
      if (result.kind === "failed") return notify("error", `Could not extract with ${name}: ${result.message}`);
      let next: NewsGraph;
      try {
        next = fromJSON(result.json, "extracted graph");
      } catch (e) {
        return notify("error", `Could not extract with ${name}: ${errorMessage(e)}`);
      }
      working.replace(next, origin, { keepEdits: true, lexicon: { name, text } });
      notify("info", `Extracted again with ${name}: ${plural(next.order, "node")}, ${plural(next.size, "edge")}`);
    });
  };

  /** "Open graph" and one dropped file: a .json file is told apart by its first key. */
  const openFile = async (file: File) => {
    let kind = "graph";
    let text = "";
    try {
      if (file.name.toLowerCase().endsWith(".json")) kind = jsonFileKind(await file.slice(0, 1024).text());
      if (kind !== "graph") text = await file.text();
    } catch (e) {
      return notify("error", `Could not open ${file.name}`, [`${file.name}: could not be read (${errorMessage(e)})`]);
    }
    if (kind === "curation") openCuration(file.name, text);
    else if (kind === "lexicon") openLexicon(file.name, text);
    else openGraph(file);
  };

  /** The lexicon extension kept with the graph, for the next extraction. */
  const keptLexicon = () => {
    const read = working.lexicon && readLexiconFile(working.lexicon.text, working.lexicon.name);
    return read && "additions" in read ? read.additions : undefined;
  };

  const addArticles = (added: ArticleInput[]) => {
    const graph = working.base;
    if (!graph || busy) return;
    const existing = graph.getAttribute("documents") ?? [];
    const origin = working.origin;
    extraction.start({ existing, added, lexicon: keptLexicon() }, (result: ExtractionResult) => {
      if (result.kind === "cancelled") return notify("info", "Extraction cancelled: the graph is unchanged");
      const skipped = result.skipped.map((s) => `skipped ${s.name}: ${s.reason}`);
      if (result.kind === "failed") return notify("error", `Could not add the articles: ${result.message}`, skipped);
      let next: NewsGraph;
      try {
        next = fromJSON(result.json, "extracted graph");
      } catch (e) {
        return notify("error", `Could not add the articles: ${errorMessage(e)}`, skipped);
      }
      working.replace(next, addedOrigin(origin, result.added.length), { keepEdits: true });
      const alone = existing.length === 0 && graph.order > 0 ? ["The graph that was open has no article texts: the new graph is made of the added articles only."] : [];
      notify(skipped.length ? "warning" : "info", `Added ${plural(result.added.length, "article")}: ${result.added.join(", ")}`, [...alone, ...skipped, ...result.notes]);
      setAdding(false);
    });
  };

  const addFiles = async (files: File[]) => {
    const inputs: ArticleInput[] = [];
    const unreadable: string[] = [];
    for (const file of files) {
      try {
        inputs.push(await fileInput(file));
      } catch (e) {
        unreadable.push(`${file.name}: could not be read (${errorMessage(e)})`);
      }
    }
    if (unreadable.length) notify("warning", "Some files could not be read", unreadable);
    if (inputs.length) addArticles(inputs);
  };

  const dragging = useFileDrop((files) => {
    if (busy) return notify("error", `${extraction.running ? "An extraction is running" : "A graph file is being opened"}: wait for it or cancel it before dropping more files`);
    const intent = dropIntent(files.map((f) => f.name));
    if (intent.kind === "error") notify("error", "Nothing was done with the dropped files", [intent.message]);
    else if (intent.kind === "open") void openFile(files[intent.index]);
    else void addFiles(files);
  });

  return (
    <div className="graph-inputs" role="group" aria-label="Graph data">
      <button type="button" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
        Add articles
      </button>
      <button type="button" disabled={busy} onClick={() => openInput.current?.click()}>
        Open graph
      </button>
      <input
        ref={openInput}
        type="file"
        hidden
        accept={GRAPH_ACCEPT}
        aria-label="Graph file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void openFile(file);
        }}
      />
      <button
        type="button"
        disabled={working.origin === DEFAULT_ORIGIN && persistence === "default"}
        onClick={() => {
          extraction.cancel();
          opening.cancel();
          void working.reset().then(
            () => notify("info", "Back to the default articles"),
            (e: unknown) => notify("error", "Could not go back to the default articles", [errorMessage(e)]),
          );
        }}
      >
        Reset
      </button>
      <span className="origin muted" data-testid="origin" data-persistence={persistence} title={PERSISTENCE_TITLES[persistence]}>
        {working.origin}
        {working.lexicon && ` · lexicon ${working.lexicon.name}`}
        {persistence === "failed" && " (not kept)"}
      </span>
      {adding && <AddArticles busy={busy} onFiles={(files) => void addFiles(files)} onText={(text) => addArticles([{ name: "pasted.txt", text }])} onClose={() => setAdding(false)} />}
      {extraction.progress && <ExtractionStatus progress={extraction.progress} onCancel={extraction.cancel} />}
      {opening.progress && <OpeningStatus progress={opening.progress} onCancel={opening.cancel} />}
      {!opening.progress && handedOver && <OpeningStatus progress={{ name: handedOver.name, bytes: handedOver.bytes, load: { stage: handedOver.drawn ? "keep" : "draw", done: 0, total: 0 } }} />}
      <Notices notices={notices} onDismiss={dismiss} />
      {dragging && <div className="drop-overlay">Drop articles (.txt, .md, .html) to add them, or one graph file (.json, .gexf) to open it</div>}
    </div>
  );
}
