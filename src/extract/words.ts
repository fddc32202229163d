// The closed-class words the stages read (determiners, prepositions, pronouns, auxiliaries,
// clause boundaries): one place for each set. Content words are lexicon data (lexicon/*.json).

/** The possessive clitic as wink-nlp tokenizes it. */
export const POSSESSIVE = new Set(["'s", "'"]);
export const PREPOSITIONS = new Set([
  "of",
  "to",
  "with",
  "from",
  "at",
  "in",
  "on",
  "for",
  "against",
  "by",
  "over",
  "into",
  "toward",
  "towards",
  "about",
  "under",
  "between",
  "among",
  "through",
  "regarding",
  "including",
  "like",
  "as",
  "than",
  "via",
  "after",
  "before",
  "since",
  "without",
]);
/** Everything that can open a noun phrase before its modifiers. */
export const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "such", "any", "all", "some", "each", "both", "no"]);
/** Determiners of something already named ("the pact", "its measures"). */
export const DEFINITE = new Set(["the", "this", "that", "these", "those", "such", "its", "their"]);
/** Words that introduce something new ("a new tariff"). */
export const INDEFINITE = new Set(["a", "an", "new", "another"]);
/** Articles and the possessives of institutions: what may stand between a verb or "by" and its noun. */
export const ARTICLES = new Set(["the", "a", "an", "its", "their"]);
/** Nouns that stand for a state's government after its name or adjective ("the Japanese side"). */
export const GOVERNMENT_NOUNS = new Set([
  "government",
  "governments",
  "side",
  "authorities",
  "administration",
  "delegation",
  "leadership",
  "officials",
  "state",
  "regime",
  "camp",
  "diplomats",
  "envoys",
  "negotiators",
  "ministers",
]);
/** Auxiliaries of the passive. */
export const BE = new Set(["was", "were", "been", "be", "is", "are", "being", "'s", "got", "get"]);
/** "he"/"she" stand for a person, "it"/"they" for a country or an institution. */
export const SUBJECT_PRONOUNS = new Map<string, "actor" | "person">([
  ["it", "actor"],
  ["they", "actor"],
  ["he", "person"],
  ["she", "person"],
]);
/** Tokens a subject or object search does not cross. */
export const CLAUSE_STOP = new Set([";", ":", "(", ")", '"', "“", "”", "which", "who", "whom"]);
/** Tokens that end the phrase after a measure (its targets, venue and agent). */
export const CLAUSE_END = new Set([";", ":", "which", "who", "that", "while", "but", "because", "after", "when", "as", "since", "although", '"', "“", "”"]);
/** Conjunctions that open a clause and can also be prepositions ("after Caracas broke off ties"). */
export const CONJUNCTIONS = new Set(["as", "after", "before", "since", "until"]);
/** Prepositions of circumstance: a name after them is where or when, not the object. */
export const LOCATIVE = new Set([
  "in",
  "at",
  "during",
  "since",
  "after",
  "before",
  "amid",
  "until",
  "by",
  "from",
  "over",
  "regarding",
  "about",
  "of",
  "through",
  "across",
  "via",
  "into",
  "within",
  "without",
  "under",
  "near",
  "between",
  "among",
]);
/** Prepositions that introduce what a measure is aimed at. */
export const TARGET_PREPS = new Set(["on", "against", "to", "targeting", "from", "toward", "towards"]);
/** A party's share in something: "suspended its participation in the grain deal" suspends the deal. */
export const PARTICIPATION = new Set(["participation", "membership", "involvement"]);
/** Participles of origin: "goods originating in Pakistan", "made in China": the place after them is still the target. */
export const ORIGIN_WORDS = new Set(["originating", "originated", "made", "produced", "manufactured", "grown", "shipped", "exported", "imported", "coming"]);
/** What joins the items of a list. */
export const LIST_GLUE = new Set([",", "and", "or"]);
/** What joins two names into one ("Trade, Industry and Energy", "US-China"). */
export const LINKERS = new Set(["and", "&", "-"]);
/** What introduces what an emotion is about: "disappointed by", "concern over", "angry at". */
export const ABOUT = new Set(["by", "with", "at", "over", "about", "regarding"]);
/** Auxiliaries of the present and the present perfect: "is suspended", "has appealed". */
export const NOW_AUX = new Set(["is", "are", "has", "have", "am"]);
/** What opens a group named by a noun: "these countries", "the four states", "both sides". */
export const GROUP_DETERMINERS = new Set(["these", "those", "the", "both", "all", "two", "three", "four", "five", "six"]);
/** What makes a measure a new one of its kind, not the one named before: "a second complaint", "another round of tariffs". */
export const ANOTHER = new Set(["another", "second", "third", "fourth", "fifth"]);

/** Titles of a company's officers: with no body named, the holder is the last organization's ("managing director X said the company ..."). */
export const COMPANY_ROLES = new Set(["managing", "executive", "ceo", "chairman", "chairwoman", "manager", "counsel"]);

/** Royal titles: their holders are known to the lexicon by their full names, not found by their side. */
export const ROYAL = new Set(["king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "emperor", "crown"]);

/** Verbs of moving goods: stopping one ("stopped pumping gas to Iran") stops a flow. */
export const FLOW_VERBS = new Set(["pump", "supply", "sell", "buy", "import", "export", "ship", "deliver", "send", "provide", "transport", "purchase", "fly"]);

/** Verbs of approval: approving an act ("backed the decision", "welcomed the move") agrees with whoever did it. */
export const APPROVING = new Set(["back", "welcome", "endorse", "support", "approve", "hail", "praise"]);

/** Organs of a body, named after it in lower case: "the WTO panel", "the FIFA council". */
export const SUB_BODIES = new Set(["panel", "council", "bureau", "committee", "board", "tribunal"]);
/** Heads of a body's organ named in capitals after it: "the ECOWAS Commission", "the AU Peace and Security Council". */
export const ORGAN_HEADS = new Set([...SUB_BODIES, "commission", "court", "assembly", "parliament", "body", "authority"]);

/** Words that make a demonym a region's: "South American", "Latin American", "Central Asian". */
export const REGION_WORDS = new Set(["south", "north", "latin", "central", "east", "west", "southeast", "northeast", "pan"]);

/** Verbs of saying: what follows them is a clause with its own subject ("said Ecuador had lodged a complaint"), not their object. */
export const SAYING = new Set(["said", "says", "say", "added", "stated", "noted", "stressed", "insisted", "argued", "explained", "recalled"]);

/** People and craft who act for their state: after its adjective they stand for it ("Tanzanian officials", "a Malawian navy patrol boat"). */
export const STATE_GROUPS = new Set([
  "officials",
  "authorities",
  "diplomats",
  "negotiators",
  "envoys",
  "leaders",
  "lawmakers",
  "legislators",
  "prosecutors",
  "investigators",
  "inspectors",
  "regulators",
  "customs",
  "troops",
  "soldiers",
  "forces",
  "military",
  "army",
  "navy",
  "police",
  "warships",
]);

/** Particles inside a body's name in other languages: "Banco de la Nación", "Compagnie Nationale des Mines du Mali". */
export const NAME_LINKS = new Set(["de", "del", "des", "du", "la", "le", "les", "di", "do", "da", "dos", "das", "della", "y", "e", "et", "und", "fur"]);

/** Words that make a body one of states, no state's: "International Trade Centre", "Intergovernmental Authority", "Inter-American Court". */
export const INTERSTATE = new Set(["international", "intergovernmental", "inter-american", "interstate", "multilateral", "world", "global", "regional", "sub-regional"]);

/** Spans of time after "last", "this" or "that": "last month", "this week", "that morning". */
export const TIME_SPANS = new Set(["week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter", "morning", "evening", "afternoon", "night", "day"]);

/** What joins the words of a long title: "Minister of State for Foreign Affairs", "Secretary for Roads and Transport". */
export const TITLE_JOINS = new Set(["of", "for", "and"]);

/** A state's missions abroad: its executive bodies, whose seat is another state ("the Belarusian embassy in Prague"). */
export const MISSIONS = new Set(["embassy", "consulate"]);

/** A state's forces, executive bodies when a state owns them: "Malian customs", "Chile's navy", "Estonia's border guard". */
export const STATE_FORCES = new Set(["customs", "navy", "army", "police", "military", "border guard", "border police", "air force", "armed forces"]);
