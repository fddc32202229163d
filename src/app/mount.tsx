// React's part of the explorer, loaded by main.ts while the first graph is drawn.
// No <StrictMode>: its double-run effects would kill the renderer GraphCanvas adopts, which
// is made only once (main.ts).
import { createRoot } from "react-dom/client";
import { App, type Start } from "./App.tsx";

export function mount(root: HTMLElement, start: Start): void {
  createRoot(root).render(<App start={start} />);
}
