// The view (selection, path and filters), initialised from the URL and written back to it.
// Each change is a step of the browser's history: Back and Forward walk through the views.
import { useCallback, useEffect, useRef, useState } from "react";
import { parseViewState, serializeViewState, type ViewState } from "./core/view-state.ts";

/**
 * `initial`: parsed from the URL by main.ts (the first frame is drawn with it). The third
 * value makes the next change replace the current step instead of adding one (the steps of
 * the date range's animation are one step of history).
 */
export function useViewState(initial: ViewState): [ViewState, React.Dispatch<React.SetStateAction<ViewState>>, () => void] {
  const [view, setView] = useState<ViewState>(initial);
  const first = useRef(true);
  const quietly = useCallback(() => void (first.current = true), []);
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const next = serializeViewState(view, search);
    // The URL as opened is tidied in place (and quiet changes made in place); a view reached by
    // Back or Forward is already there.
    if (next !== search) window.history[first.current ? "replaceState" : "pushState"](null, "", pathname + next + hash);
    first.current = false;
  }, [view]);
  useEffect(() => {
    const onPop = () => setView(parseViewState(window.location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  return [view, setView, quietly];
}
