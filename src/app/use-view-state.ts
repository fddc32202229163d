// The view (selection and filters), initialised from the URL and written back to it.
import { useEffect, useState } from "react";
import { parseViewState, serializeViewState, type ViewState } from "./core/view-state.ts";

export function useViewState(): [ViewState, React.Dispatch<React.SetStateAction<ViewState>>] {
  const [view, setView] = useState<ViewState>(() => parseViewState(window.location.search));
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const next = serializeViewState(view, search);
    // replaceState: filters and selection are not navigation steps.
    if (next !== search) window.history.replaceState(null, "", pathname + next + hash);
  }, [view]);
  return [view, setView];
}
