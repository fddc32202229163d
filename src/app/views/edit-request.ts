// How a view asks for an edit: the operation, and what to select once it is applied
// (undefined: the selection stays; null: nothing, as after a delete).
import type { Operation } from "../../graph/curation/types.ts";
import type { Selection } from "../core/view-state.ts";

export type EditRequest = (operation: Operation, select?: Selection) => void;
