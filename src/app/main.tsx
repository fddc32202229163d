// Browser entry of the explorer.
// No <StrictMode>: its double-run effects make @react-sigma/core 5 kill a renderer it has
// already handed to its children (seen in development builds: "could not find a suitable
// program for node type circle").
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { loadInitialGraph } from "./use-working-graph.ts";
import "./styles.css";

const initial = loadInitialGraph();
createRoot(document.getElementById("root")!).render(<App initial={initial} />);
