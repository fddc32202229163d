// A user's lexicon extension (a file given with --lexicon, or opened in the explorer) added
// to the built-in lexicon without editing it. Entries have the shape of lexicon/*.json's;
// an actor that names a known actor or country adds its names to it. Pure.
import countries from "world-countries";
import type { ActorEntry, CountryExtra, Lexicon, VerbEntry } from "./lexicon.ts";

/** An official, as in people.json. */
export interface PersonEntry {
  label: string;
  aliases: string[];
  country?: string;
  memberOf?: string;
  role?: string;
}

/** What an extension file holds (README "Lexicon extension"); every part optional. */
export interface LexiconAdditions {
  actors?: ActorEntry[];
  people?: PersonEntry[];
  countries?: Record<string, CountryExtra>;
  verbs?: VerbEntry[];
  /** Capitalized words that never start or continue a name (nouns.json notNames). */
  notNames?: string[];
}

const union = (a: readonly string[] = [], b: readonly string[] = []): string[] => [...new Set([...a, ...b])];

/** ISO alpha-2 code of the country the lexicon names `label` (its own label or the dataset's common name). */
function countryCode(lexicon: Lexicon, label: string): string | undefined {
  return countries.find((c) => (lexicon.countries[c.cca2]?.label ?? c.name.common) === label)?.cca2;
}

function addCountryNames(extras: Record<string, CountryExtra>, code: string, more: CountryExtra): void {
  const was = extras[code];
  extras[code] = {
    ...was,
    ...(more.label ? { label: more.label } : {}),
    aliases: union(was?.aliases, more.aliases),
    ...(was?.weakAliases || more.weakAliases ? { weakAliases: union(was?.weakAliases, more.weakAliases) } : {}),
    ...(was?.removeAliases || more.removeAliases ? { removeAliases: union(was?.removeAliases, more.removeAliases) } : {}),
    ...(was?.demonyms || more.demonyms ? { demonyms: union(was?.demonyms, more.demonyms) } : {}),
  };
}

/**
 * `base` with `additions`: new actors and people come first (the first entry for a name wins,
 * so a user's names win over built-in ones); an actor labelled as a known actor adds its
 * names (and its type) to it, one labelled as a known country adds its names to the country.
 */
export function extendLexiconWith(base: Lexicon, additions: LexiconAdditions): Lexicon {
  const actors = [...base.actors];
  const extras = { ...base.countries };
  const fresh: ActorEntry[] = [];
  for (const a of additions.actors ?? []) {
    const i = actors.findIndex((b) => b.label === a.label);
    const code = i < 0 && a.type === "country" ? countryCode(base, a.label) : undefined;
    if (i >= 0) {
      const b = actors[i];
      actors[i] = { ...b, ...a, aliases: union(b.aliases, a.aliases), weakAliases: union(b.weakAliases, a.weakAliases), demonyms: union(b.demonyms, a.demonyms) };
    } else if (code) addCountryNames(extras, code, { aliases: a.aliases, weakAliases: a.weakAliases });
    else fresh.push(a);
  }
  for (const p of additions.people ?? []) fresh.push({ label: p.label, type: "person", aliases: p.aliases, country: p.country, role: p.role, partOf: p.memberOf });
  for (const [code, more] of Object.entries(additions.countries ?? {})) addCountryNames(extras, code, more);
  return {
    ...base,
    actors: [...fresh, ...actors],
    countries: extras,
    verbs: [...(additions.verbs ?? []), ...base.verbs],
    notNames: union(base.notNames, additions.notNames),
  };
}
