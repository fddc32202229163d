// Stage 2, institutions: named ones ("Ministry of ...", "... Department"), lower-case ones
// ("Japan's trade ministry", "the court"), organizations known by context ("state airline
// Saudia") and acronyms that act ("FIFA on Thursday suspended").
import { isCap, isPossessive } from "./mention.ts";
import { DETERMINERS, INTERSTATE, LINKERS, MISSIONS, NAME_LINKS, PREPOSITIONS, STATE_FORCES } from "./words.ts";
import {
  COMPASS,
  GEOGRAPHIC,
  type Scan,
  push,
  demonymBefore,
  inName,
  countryAt,
  isJoiningHyphen,
  isRoleHead,
  isPlace,
  headType,
  matchFunction,
  functionEndingAt,
  functionInside,
  demonymsBefore,
  PORTFOLIO_FORM,
  knownWord,
} from "./mention-scan.ts";

/**
 * Bodies named in other languages, by the word that opens their name ("Banco Andino", "Ministerio de
 * Comercio Exterior", "Compagnie Nationale des Mines du Mali"): its capitalized words and particles after
 * it. A state named inside is the body's state ("du Mali"), not a mention of its own.
 */
export function leadingHeadBodies(x: Scan): void {
  const { toks, norms, taken, R } = x;
  for (let h = 0; h < toks.length - 1; h++) {
    const type = R.leadingHeads.get(norms[h]);
    if (!type || taken[h] || !isCap(toks[h])) continue;
    const next = pastLinks(x, h + 1);
    if (!isCap(toks[next]) || R.roleNouns.has(norms[next])) continue;
    let b = h + 1;
    let country: string | undefined;
    while (b < toks.length && b - h < 9) {
      const at = pastLinks(x, b);
      const state = taken[at] ? x.mentions.find((m) => m.i === at && m.type === "country" && m.known) : undefined;
      if (state && at > b) {
        country ??= state.known!.key;
        x.mentions.splice(x.mentions.indexOf(state), 1);
        b = state.j;
        continue;
      }
      if (!isCap(toks[at]) || taken[at] || R.roleNouns.has(norms[at])) break;
      b = at + 1;
    }
    if (b === h + 1) continue; // "Grupo | Mexico": a head with no name of its own
    push(x, { i: h, j: b, type, country });
    h = b - 1;
  }
}

/** Past the particles at q ("de la"): where a body's name in another language goes on. */
function pastLinks(x: Scan, q: number): number {
  while (q < x.toks.length && NAME_LINKS.has(x.norms[q]) && !isCap(x.toks[q])) q++;
  return q;
}

/** Capitalized institutions: a head noun with the capitalized words before it and an "of ..." after it. */
export function capitalizedInstitutions(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let h = 0; h < toks.length; h++) {
    if (taken[h] || !isCap(toks[h])) continue;
    let type = headType(norms[h], R);
    // "Deputy Energy Minister X": a portfolio before a title is no body ("Commission President X" is).
    if (!type || (isCap(toks[h + 1]) && isRoleHead(norms[h + 1] ?? "", R) && matchFunction(norms, h, R)?.len === 1)) continue;
    // The last head of a run of capitalized words names it: "National Iranian Oil Company".
    for (let q = h + 1; q < toks.length && q < h + 4 && isCap(toks[q]) && !taken[q]; q++) {
      const t = headType(norms[q], R);
      if (t) [h, type] = [q, t];
    }
    // A head inside a longer capitalized name is no body's: "for Foreign and Community Relations", "Council Regulation".
    if (isCap(toks[h + 1]) && !taken[h + 1] && PORTFOLIO_FORM.test(norms[h + 1]) && !R.roleWords.has(norms[h + 1]) && !headType(norms[h + 1], R)) continue;
    // A head of two words: "Norwegian Coast Guard" is a ministry, where "Guard" alone is an organization's.
    if (h > 0 && R.ministryHeads.has(`${norms[h - 1]} ${norms[h]}`)) type = "ministry";
    let a = h;
    while (
      a > 0 &&
      !taken[a - 1] &&
      ((isCap(toks[a - 1]) && (!R.notNames.has(norms[a - 1]) || COMPASS.has(norms[a - 1]) || GEOGRAPHIC.has(norms[a - 1]) || norms[a - 1] === "world") && !R.calendar.has(norms[a - 1])) ||
        (LINKERS.has(norms[a - 1]) && a > 1 && isCap(toks[a - 2]) && !taken[a - 2]) ||
        // "Norwegian Fishermen's Association", "Flat Steel Exporters' Platform": whose body it is, inside its name.
        (isPossessive(toks[a - 1]) && a === h && a > 1 && isCap(toks[a - 2]) && !taken[a - 2] && /(men|ers|ors|s)$/.test(norms[a - 2]) && !knownWord(norms[a - 2], R)))
    )
      a--;
    let b = h + 1;
    // "Directorate General of Migration", "Secretariat General": a "General" after the head is part of it.
    if (type === "ministry" && norms[b] === "general" && isCap(toks[b]) && (norms[b + 1] === "of" || norms[b + 1] === "for")) b++;
    let fn: string | undefined;
    // "Central Bank of Iran": a country after "of" ends the name and is its country.
    // "Embassy of the Netherlands": a mission's state, after "of" (and "the").
    const mission = MISSIONS.has(norms[h]);
    const ofCountry =
      norms[b] === "of" && (type !== "ministry" || mission)
        ? x.mentions.find((m) => (m.i === b + 1 || (mission && m.i === b + 2 && norms[b + 1] === "the")) && m.type === "country" && m.known)
        : undefined;
    if (ofCountry) b = ofCountry.j;
    // "Intergovernmental Authority on Development", "Commission on Human Rights"; not "the Council on Monday".
    else if (
      norms[b] === "of" ||
      norms[b] === "for" ||
      (norms[b] === "on" && isCap(toks[b + 1]) && !R.calendar.has(norms[b + 1] ?? "") && !isPlace(norms[b + 1], R) && !demonyms.some((d) => d.i === b + 1))
    ) {
      // "Ministry of Foreign Affairs", "Organisation for Economic Co-operation and Development".
      const c = norms[b + 1] === "the" ? b + 2 : b + 1;
      // A ministry's function ends its name, or goes on in a list of portfolios ("Ministry of Economy and Commerce");
      // another body's goes on in its name: "Office of Foreign Assets Control" has no "foreign" function.
      const found = norms[b] === "of" ? matchFunction(norms, c, R) : undefined;
      const f = found && (norms[h] === "ministry" || !(isCap(toks[c + found.len]) && !taken[c + found.len])) ? found : undefined;
      if (f) {
        [b, fn] = [c + f.len, f.fn];
        while ((norms[b] === "and" || norms[b] === ",") && isCap(toks[b + 1]) && !taken[b + 1] && !headType(norms[b + 1], R)) {
          b++;
          while (isCap(toks[b]) && !taken[b] && !headType(norms[b], R)) b++;
        }
      } else if (c === b + 1 && isCap(toks[c]) && !taken[c] && headType(norms[c], R) && !inName(norms, b, c, R) && !isCap(toks[c + 1]) && norms[c + 1] !== "of") {
        b = c + 1; // "Department of Customs": a head word alone after "of" is the name's own
      } else if (isCap(toks[c]) && !taken[c] && (!headType(norms[c], R) || inName(norms, b, c, R))) {
        let d = c;
        while (
          d < toks.length &&
          d - c < 6 &&
          !taken[d] &&
          (isCap(toks[d]) || isJoiningHyphen(toks, d) || ((norms[d] === "," || norms[d] === "and") && isCap(toks[d + 1]))) &&
          (!headType(norms[d], R) || inName(norms, b, d, R))
        )
          d++;
        // "Bureau of the FIFA Council", "Administration of the International Volleyball Federation": a
        // name after "of the" that ends in a head is the body's whole name, not a fragment before another body.
        if (d > c && headType(norms[d] ?? "", R) && !taken[d] && isCap(toks[d]) && !isCap(toks[d + 1]) && norms[c - 1] === "the") {
          if (headType(norms[d], R) === "organization") type = "organization"; // a part of an organization is one
          d++;
        }
        b = d;
        // "International Centre for Settlement | of Investment Disputes": one more capitalized complement.
        if ((norms[b] === "of" || norms[b] === "for") && isCap(toks[b + 1]) && !taken[b + 1] && (!headType(norms[b + 1], R) || isCap(toks[b + 2])) && !x.mentions.some((m) => m.i === b + 1)) {
          let e = b + 1;
          // A head word inside goes on too: "of Energy Regulators".
          // "of Commerce and Industry": joined by "and" to another capitalized word that heads no body.
          const joins = (q: number) => norms[q] === "and" && q > b + 1 && isCap(toks[q + 1]) && !taken[q + 1] && !headType(norms[q + 1], R);
          while (e < toks.length && e - b < 6 && ((isCap(toks[e]) && !taken[e] && (!headType(norms[e], R) || isCap(toks[e + 1]))) || joins(e))) e++;
          b = e;
        }
      }
    }
    if (a === h && b === h + 1) {
      // A lone head: only "the Agreement" (an agreement defined earlier) stands for something.
      if (type === "agreement") push(x, { i: h, j: h + 1, type, anaphoric: true });
      continue;
    }
    // "Commission President X" is a title, "General Directorate of ..." a body.
    if (R.roleWords.has(norms[a]) && type !== "agreement" && a < h && R.roleNouns.has(norms[h - 1]) && norms[h - 1] !== "general") continue;
    // "Intergovernmental Authority on Development", "International Trade Centre": a body of states is no state's ministry.
    if (type === "ministry" && norms[h] !== "ministry" && norms.slice(a, h).some((w) => INTERSTATE.has(w))) type = "organization";
    // "the EU Agency for ...", "the ECOWAS Authority of ...": an organization's agency is an organization's part, no state's ministry.
    if (type === "ministry" && norms[h] !== "ministry" && x.mentions.some((m) => m.j === a && m.type === "organization")) type = "organization";
    // "South Africa's Competition Commission", "Kazakhstan's State Revenue Committee": a state's commission is its executive body.
    const ownedByState = statePossessive(x, a) || demonymBefore(x, a) !== undefined || norms[a] === "state";
    if (type === "organization" && STATE_COMMISSIONS.has(norms[h]) && ownedByState && !norms.slice(a, h).some((w) => w === "joint")) type = "ministry";
    // "the Indonesian Navy", "Pakistan Army", "the Nigerian High Commission": a state's force or mission named in capitals is its executive body.
    if (
      type === "organization" &&
      (STATE_FORCES.has(norms[h]) || (norms[h] === "commission" && norms[h - 1] === "high")) &&
      (ownedByState || demonyms.some((d) => d.i >= a && d.j <= h) || !!countryAt(x, a, h))
    )
      type = "ministry";
    if (!fn && norms[h] === "ministry") fn = functionInside(norms, a, h, R); // not "Trade Control Department"
    // "the Saudi Ministry of Foreign Affairs", "China National Tourism Administration": a country's name right before is its country.
    // Only a ministry: an organization's own name keeps its country ("China Chamber of Commerce").
    const named = type === "ministry" ? countryAt(x, a, h) : undefined;
    const dem = demonyms.find((d) => d.i >= a && d.j <= h) ?? demonymBefore(x, a) ?? named ?? (ofCountry && { i: ofCountry.i, j: ofCountry.j, key: ofCountry.known!.key });
    const inner = demonyms.find((d) => d.i === a && d.j <= h) ?? named;
    // "the Embassy of the Netherlands" is the Netherlands' embassy, one node with "the Dutch embassy": named by its head.
    if (mission && ofCountry) push(x, { i: a, j: h + 1, type, country: ofCountry.known!.key });
    else push(x, { i: a, j: b, type, function: fn, country: dem?.key, nameFrom: inner ? toks[inner.j].start : undefined });
  }
}

/** Lower-case institutions: "Japan's trade ministry", "the South Korean court", "Chinese customs". */
export function lowerCaseInstitutions(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let h = 0; h < toks.length; h++) {
    if (taken[h] || isCap(toks[h])) continue;
    const w = norms[h];
    if (w === "ministry" || w === "ministries") {
      const f = functionEndingAt(norms, h, R);
      // "the ministry", "the Kenyan ministry": the ministry the article named last (of that country).
      if (!f && w === "ministry") {
        const d = demonymBefore(x, h);
        if (norms[(d?.i ?? h) - 1] === "the") push(x, { i: d?.i ?? h, j: h + 1, type: "ministry", country: d?.key, description: true });
        continue;
      }
      if (!f) continue;
      const ds = demonymsBefore(demonyms, norms, h - f.len);
      // "the Saudi education ministry" where the adjective is a country's short name: that country.
      const named = ds.length ? undefined : x.mentions.find((m) => m.type === "country" && m.j === h - f.len && m.known);
      if (named && w === "ministry") {
        push(x, { i: named.i, j: h + 1, type: "ministry", function: f.fn, country: named.known!.key, nameFrom: toks[h - f.len].start });
        continue;
      }
      if (w === "ministries") for (const d of ds) push(x, { i: d.i, j: h + 1, type: "ministry", function: f.fn, country: d.key, nameFrom: toks[h - f.len].start });
      else push(x, { i: ds[0]?.i ?? h - f.len, j: h + 1, type: "ministry", function: f.fn, country: ds[0]?.key, nameFrom: toks[h - f.len].start });
    } else if (w === "tribunal" || w === "committee") {
      // "a tribunal of the ICSID", "an international arbitration tribunal", "the ad hoc committee"; bare, the last one named.
      let a = h;
      while (a > 0 && !taken[a - 1] && (toks[a - 1].pos === "NOUN" || toks[a - 1].pos === "ADJ") && !DETERMINERS.has(norms[a - 1]) && !isCap(toks[a - 1])) a--;
      if (!BODY_ARTICLES.has(norms[a - 1] ?? "") || isCap(toks[h + 1])) continue;
      const bare = a === h && norms[h + 1] !== "of";
      push(x, { i: a, j: h + 1, type: "organization", role: bare ? w : undefined, description: bare || undefined });
    } else if (w === "court" || STATE_FORCES.has(w) || STATE_FORCES.has(`${norms[h - 1]} ${w}`)) {
      // A state's force in lower case is its executive body ("Chile's navy", "the Peruvian border guard"), unless it
      // qualifies a noun ("Chile's military zone", "army chief", "military-led").
      if (w !== "court" && w !== "customs" && (toks[h + 1]?.pos === "NOUN" || (toks[h + 1]?.norm === "-" && toks[h + 1].start === toks[h].end))) continue;
      let a = STATE_FORCES.has(`${norms[h - 1]} ${w}`) ? h - 1 : h;
      while (a > 0 && ["top", "supreme", "high", "constitutional", "district"].includes(norms[a - 1])) a--;
      // "a Luxembourg court", "a Moscow court": a state's (or its capital's) name before the head is its state.
      const named = x.mentions.find((m) => m.type === "country" && m.known && m.j === a && !isPossessive(toks[m.j]));
      const d = demonymBefore(x, a) ?? (named && { i: named.i, j: named.j, key: named.known!.key });
      if (named) x.mentions.splice(x.mentions.indexOf(named), 1);
      const supreme = a < h && ["top", "supreme"].includes(norms[a]);
      // "the court", "a court": the court the article named last, else one of this article's own.
      const bare = w === "court" && a === h && !d;
      // "through customs": customs of no state named is where goods pass, not a body.
      if (w !== "court" && !d && !(w === "customs" ? isPossessive(toks[a - 1]) : statePossessive(x, a))) continue; // not "the city's police"
      push(x, {
        i: d ? d.i : a,
        j: h + 1,
        type: w === "court" ? "organization" : "ministry",
        country: d?.key,
        function: supreme ? "supreme" : undefined,
        nameFrom: toks[a].start,
        role: bare ? "court" : undefined,
        description: bare || undefined,
      });
    } else if (R.agreementHeads.has(w) && h > 0 && isCap(toks[h - 1]) && !taken[h - 1]) {
      // "the New START treaty", "the Open Skies agreement": a named pact with a lower-case head.
      let a = h;
      while (a > 0 && !taken[a - 1] && isCap(toks[a - 1]) && !R.notNames.has(norms[a - 1]) && !R.calendar.has(norms[a - 1])) a--;
      if (!demonyms.some((d) => d.i === a && d.j === h)) push(x, { i: a, j: h + 1, type: "agreement" });
    } else if (MISSIONS.has(w)) {
      // "the Chinese embassy", "China's embassy in New Delhi": the state's mission, an executive body.
      const d = demonymBefore(x, h);
      const owner = !d && isPossessive(toks[h - 1]) ? x.mentions.find((m) => m.type === "country" && m.j === h - 1) : undefined;
      if (d) push(x, { i: d.i, j: h + 1, type: "ministry", country: d.key, nameFrom: toks[h].start });
      else if (owner) push(x, { i: h, j: h + 1, type: "ministry" });
    } else if ((LOWER_BODY_HEADS.has(w) || (w === "guard" && norms[h - 1] === "coast")) && norms[h - 1] && !taken[h - 1]) {
      let a = h;
      const modifier = (q: number) => !taken[q] && (toks[q].pos === "NOUN" || toks[q].pos === "ADJ") && !DETERMINERS.has(norms[q]);
      // "competition and consumer watchdog": modifiers joined by "and" too.
      while (a > 0 && (modifier(a - 1) || (a < h && norms[a - 1] === "and" && a > 1 && modifier(a - 2)))) a--;
      // "the trade control department", "Colombia's civil aviation authority", not what some office does ("the issuing agency's website").
      // A regulator or a coastguard is one by its head alone: "Mauritania's coastguard".
      const alone = a === h && STATE_SERVICES.has(w) && statePossessive(x, h);
      // "Peru's immigration service", "the country's trade commission": a service or a commission only as a state's.
      const stateOwned = statePossessive(x, a) || (isPossessive(toks[a - 1]) && norms[a - 2] === "country");
      // "the Mauritanian coast guard": a state's adjective before it is its state.
      // Definite, and not a kind before a name ("a Turkish travel agency", "Russian news agency RIA" are companies).
      const d = (a < h || STATE_SERVICES.has(w)) && !isCap(toks[h + 1]) ? demonyms.find((dm) => dm.j === a && norms[dm.i - 1] === "the") : undefined;
      if (STATE_ONLY_HEADS.has(w) && !stateOwned && !d) continue;
      if (norms.slice(a, h).some((w2) => w2.endsWith("ing"))) continue;
      // "the Croatian regulator" alone is the state's body named before, not one of its own.
      if (d) push(x, { i: d.i, j: h + 1, type: "ministry", country: d.key, nameFrom: toks[a].start, description: a === h || undefined });
      else if (alone || (a < h && (norms[a - 1] === "the" || isPossessive(toks[a - 1])))) push(x, { i: a, j: h + 1, type: "ministry" });
    }
  }
}

/**
 * Organizations the lexicon need not know, by context: a capitalized name right after a kind
 * of organization ("state airline Saudia", "tech giant Tencent", "the network SWIFT"), or one
 * that owns a product by a possessive ("ByteDance's TikTok").
 */
export function organizationsByContext(x: Scan): void {
  const { toks, norms, taken, R } = x;
  let lastEnd = -1; // where the last organization this pass found ends
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !isCap(toks[i])) continue;
    // The cues first: most capitalized words have neither. "exporters including X", "two payment companies, X and Y":
    // a kind of organization, then its examples; a name joined to one of them by "and" is one too.
    const listed = (norms[i - 1] === "including" || norms[i - 1] === ",") && kindOfOrganization(toks, norms, i - 2, R);
    const joined = norms[i - 1] === "and" && lastEnd === i - 1;
    const kind = kindOfOrganization(toks, norms, i - 1, R) || listed || joined;
    // Without a kind before it, only a possessive or a comma after a short name can tell: most names have neither.
    if (!kind && ![1, 2, 3, 4].some((n) => AFTER_NAME.has(norms[i + n]))) continue;
    let j = i;
    // "Vaal Rod & Wire": an ampersand joins a name's words.
    const joins = (q: number) => (isJoiningHyphen(toks, q) || norms[q] === "&") && isCap(toks[q + 1]);
    while (j < toks.length && j < i + 4 && !taken[j] && (isCap(toks[j]) || (j > i && joins(j))) && !R.calendar.has(norms[j])) j += j > i && joins(j) ? 2 : 1;
    if (!kind && norms[j] !== "'s" && norms[j] !== ",") {
      i = j > i ? j - 1 : i;
      continue;
    }
    if (j === i) continue;
    // One word that owns one capitalized word ("Tencent's WeChat"), not a place's landmark ("Istanbul's Dolmabahce Palace") or a plural ("Workers' Compensation").
    const owner = j === i + 1 && norms[j] === "'s" && isCap(toks[j + 1]) && !taken[j + 1] && !isCap(toks[j + 2]);
    // A name whose officer is a company's: "Kindia Mining's chief executive", "World Rugby's chief operating officer". No person has one.
    const company = norms[j] === "'s" && COMPANY_OFFICERS.some((words) => words.every((w, r) => norms[j + 1 + r] === w));
    // "Oceania Rugby, the regional association, called ...", "X, a consumer group,": an apposition says what kind of body it is.
    const apposed = norms[j] === "," && BODY_ARTICLES.has(norms[j + 1] ?? "") && kindInApposition(toks, norms, j + 2, R);
    // Opening the sentence, any word has a capital: only a company's officer tells.
    // A place opens a body's name only where the cue is strong: "Oceania Rugby, the regional association".
    if ((company || apposed || (i > 0 && (kind || owner))) && !toks.slice(i, j).some((t) => R.roleWords.has(t.norm) || (!company && !apposed && isPlace(t.norm, R)))) {
      push(x, { i, j, type: "organization" });
      lastEnd = j;
    }
    i = j - 1;
  }
}

/** What opens an apposition about a body or a lower-case body's name: "X, the regional association,", "a tribunal". */
const BODY_ARTICLES = new Set(["the", "a", "an"]);
const AFTER_NAME = new Set(["'s", ","]);

/**
 * A kind of organization heads the apposition from q, which a comma or the sentence's end closes within a few
 * words: "(the) regional association,", "(a) Dubai-registered shipping company.", "(the) largest exporter to Egypt,".
 */
function kindInApposition(toks: Scan["toks"], norms: string[], q: number, R: Scan["R"]): boolean {
  let kind = false;
  for (let r = q; r < q + 9; r++) {
    if (r >= toks.length || norms[r] === "," || norms[r] === ".") return kind;
    if (kind && (norms[r] === "that" || norms[r] === "which")) return true; // "the company that runs ..."
    if (norms[r] === "'s" || norms[r] === "who") return false;
    if (!kind && kindOfOrganization(toks, norms, r, R) && toks[r + 1]?.pos !== "NOUN") kind = true;
  }
  return false;
}

/** A lower-case kind of organization at q, singular or plural: "exporters", "payment companies", "airline". */
function kindOfOrganization(toks: Scan["toks"], norms: string[], q: number, R: Scan["R"]): boolean {
  const w = norms[q] ?? "";
  return !!toks[q] && !isCap(toks[q]) && (R.orgNouns.has(w) || (w.endsWith("s") && R.orgNouns.has(w.slice(0, -1))));
}

/**
 * An acronym that acts is an organization, though no lexicon knows it: "FIFA on Thursday
 * suspended ...", "FIFA President Gianni Infantino", "FIFA's decision". Not a dateline's place
 * ("ZURICH - ..."), nor one in a name already taken.
 */
export function actingAcronyms(x: Scan): void {
  const { toks, norms, taken, demonyms, R } = x;
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !ACRONYM.test(toks[i].text) || R.calendar.has(norms[i]) || isPlace(norms[i], R)) continue;
    if (i === 0 && DATELINE_MARK.has(norms[1] ?? "")) continue;
    // Not a headline in capitals ("TRADE PROBE STAYS"), a thing named after "the", "of" or a nationality ("the THAAD has",
    // "the French DST discriminates").
    if (CAPS_WORD.test(toks[i - 1]?.text ?? "") || CAPS_WORD.test(toks[i + 1]?.text ?? "") || norms[i - 1] === "the" || PREPOSITIONS.has(norms[i - 1] ?? "") || demonyms.some((d) => d.j === i))
      continue;
    let q = i + 1;
    while (toks[q]?.pos === "ADV") q++;
    if (norms[q] === "on" && R.calendar.has(norms[q + 1] ?? "")) q += 2; // "FIFA on Thursday suspended"
    const next = toks[q];
    const acts = !!next && (next.pos === "VERB" || next.pos === "AUX") && !/ing$/.test(next.norm);
    const titled = !!toks[i + 1] && isCap(toks[i + 1]) && isRoleHead(norms[i + 1], R); // "FIFA President X"
    if (acts || titled || norms[i + 1] === "'s") push(x, { i, j: i + 1, type: "organization" });
  }
}

export const ACRONYM = /^[A-Z]{3,6}$/;

export const CAPS_WORD = /^[A-Z]{2,}$/;

export const DATELINE_MARK = new Set(["-", "–", "—", ":", ",", "("]);

/** Officers only a company or a body has, after its possessive: "X's chief executive", "X's board". */
const COMPANY_OFFICERS = [
  ["chief", "executive"],
  ["chief", "operating"],
  ["chief", "financial"],
  ["ceo"],
  ["chairman"],
  ["chairwoman"],
  ["managing", "director"],
  ["board"],
  ["shareholders"],
  ["secretary-general"],
  ["director-general"],
];

/** Words that name a body of several states: its "Authority" or "Agency" is no ministry. */
/** A state's possessive right before a: "Peru's | immigration service". */
function statePossessive(x: Scan, a: number): boolean {
  return isPossessive(x.toks[a - 1]) && x.mentions.some((m) => m.type === "country" && m.j === a - 1);
}

/** Heads of a body that is a state's executive one when the state owns it ("Kazakhstan's State Revenue Committee"). */
const STATE_COMMISSIONS = new Set(["commission", "committee"]);

/** Lower-case heads of a state's executive bodies: "the trade control department", "Colombia's civil aviation authority". */
const STATE_SERVICES = new Set(["regulator", "watchdog", "coastguard"]);
/** Heads of a state's body only when a state owns them by a possessive ("Peru's immigration service"), not "the ferry service". */
const STATE_ONLY_HEADS = new Set(["service", "commission", "directorate", "inspectorate"]);
const LOWER_BODY_HEADS = new Set(["department", "bureau", "agency", "office", "authority", ...STATE_SERVICES, ...STATE_ONLY_HEADS]);
