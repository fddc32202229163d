// The view (selection and filters), initialised from the URL and written back to it.
import { useEffect, useState } from "react";
import { serializeViewState, type ViewState } from "./core/view-state.ts";

/** `initial`: parsed from the URL by main.ts (the first frame is drawn with it). */
export function useViewState(initial: ViewState): [ViewState, React.Dispatch<React.SetStateAction<ViewState>>] {
  const [view, setView] = useState<ViewState>(initial);
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const next = serializeViewState(view, search);
    // replaceState: filters and selection are not navigation steps.
    if (next !== search) window.history.replaceState(null, "", pathname + next + hash);
  }, [view]);
  return [view, setView];
}
