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

// Lookups go through Maps: a type or action read from a file may be "constructor" or
// "__proto__", which a plain object answers with an inherited value.
const TYPE_COLOR_OF = new Map<string, string>(Object.entries(TYPE_COLORS));
const FAMILY_OF = new Map<string, ActionFamily>((Object.entries(ACTION_FAMILIES) as [ActionFamily, readonly Action[]][]).flatMap(([family, actions]) => actions.map((a) => [a, family] as const)));

/** The colour of a node type; the fallback for a type outside the vocabulary (in other tools' files). */
export function typeColor(type: string): string {
  return TYPE_COLOR_OF.get(type) ?? FALLBACK_COLOR;
}

/** The family of an action; undefined for a name outside the vocabulary (in other tools' files). */
export function knownFamily(action: string): ActionFamily | undefined {
  return FAMILY_OF.get(action);
}

export function actionColor(action: string): string {
  const family = knownFamily(action);
  return family ? FAMILY_COLORS[family] : FALLBACK_COLOR;
}

/**
 * Colours of a partition by an attribute (a community, a document, any value): Tableau 10
 * and two more, distinct from each other at a glance; the most frequent value first.
 */
export const PARTITION_COLORS = ["#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#2F4B7C", "#A0CBE8", "#8CD17D"] as const;

export function partitionColor(index: number): string {
  return PARTITION_COLORS[index % PARTITION_COLORS.length];
}

/** A ranking's gradient: light for the lowest value, dark for the highest. */
const RANKING_FROM = [0xfd, 0xe7, 0x25];
const RANKING_TO = [0x44, 0x01, 0x54];

/** The colour at `t` (0 lowest, 1 highest) of a ranking's gradient, as #rrggbb. */
export function rankingColor(t: number): string {
  const clamped = Math.min(1, Math.max(0, t));
  return (
    "#" +
    RANKING_FROM.map((from, i) =>
      Math.round(from + (RANKING_TO[i] - from) * clamped)
        .toString(16)
        .padStart(2, "0"),
    )
      .join("")
      .toUpperCase()
  );
}
