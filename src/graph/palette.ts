// The one colour palette of the project: node colours by entity type, edge colours by
// action family. Shared by the GEXF export and the explorer. Pure.
// Node colours follow the Okabe-Ito colour-blind-safe palette.
import { ACTION_FAMILIES, type Action, type ActionFamily, type NodeType } from "../extract/types.ts";

export const TYPE_COLORS: Record<NodeType, string> = {
  person: "#E69F00",
  country: "#0072B2",
  ministry: "#56B4E9",
  organization: "#CC79A7",
  agreement: "#009E73",
  measure: "#8C6D31",
};

export const FAMILY_COLORS: Record<ActionFamily, string> = {
  hostile: "#D55E00",
  cooperative: "#2E9E5B",
  structural: "#9E9E9E",
};

/** Used for anything outside the closed vocabularies (should not happen with valid data). */
export const FALLBACK_COLOR = "#777777";

export function typeColor(type: NodeType): string {
  return TYPE_COLORS[type] ?? FALLBACK_COLOR;
}

/** The family of an action; undefined for a name outside the vocabulary (in other tools' files). */
export function knownFamily(action: string): ActionFamily | undefined {
  return (Object.keys(ACTION_FAMILIES) as ActionFamily[]).find((f) => (ACTION_FAMILIES[f] as readonly string[]).includes(action));
}

export function actionColor(action: Action): string {
  const family = knownFamily(action);
  return family ? FAMILY_COLORS[family] : FALLBACK_COLOR;
}
