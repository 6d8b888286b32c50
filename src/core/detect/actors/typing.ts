import { ORG, PERSON, PLACE, type Candidate } from './candidate';
import { FIRST_NAMES } from './first-names';
import { S_SURNAMES, wordSet } from './lexicon';
import { after, cursor, wordAfter, wordBefore } from './scan';
import { ORG_HEADS, ORG_TAILS, ORGS } from './orgs';
import { PLACE_HEADS, PLACE_TAILS, PLACES, STATE_ABBREVIATIONS } from './places';
import { memoTable } from '../../memo-tables';
import { COMPANY_SUFFIX, isLegalForm } from './legal-forms';

/**
 * Evidence for a name's type from the name itself and its neighbours. Weights: a gazetteer
 * hit 5, a cue word in the name 4, a title 4, a known first name or initials 3, context 1–3.
 * The document sums them per name (see consistency), so one strong cue types every mention.
 */
const IN_WORDS = wordSet(`in near across throughout outside inside into toward towards around off visited visiting
  entered invaded invade bombed struck`);
const PLACE_NOUNS = wordSet(`town city village region province state county capital island country republic port
  suburb district nation streets outskirts coast hometown neighborhood neighbourhood borough`);
const SAID_WORDS = wordSet('said says told asked thanked praised criticized criticised accused married');
const SAYS_WORDS = wordSet(`said says told added explained stated wrote tweeted insisted noted argued warned claimed
  recalled admitted replied testified pleaded died married resigned smiled laughed joked himself herself`);
const PERSONAL_WORDS = wordSet(`wife husband son daughter mother father family lawyer attorney spokesman spokeswoman
  rep publicist career life death body girlfriend boyfriend friend friends parents children`);
const ORG_WORDS = wordSet(`spokesman spokeswoman spokesperson official officials executive executives reported
  announced shares stock headquarters`);
const PLACE_WORDS = wordSet(`region area province oblast border coast city capital county district village town island
  peninsula residents bridge crossing checkpoint airport station corridor front frontline valley river port harbour
  harbor square street road highway suburb outskirts`);
/** "Esquire's report", "Comcast's customers": what an organisation has. */
const ORG_HAS = wordSet(`report reporting reports website site magazine newspaper programming program programme show
  network coverage editors staff employees workers shares stock customers subscribers products services
  headquarters board executives chief ceo spokesperson statement app platform`);
/** "Veloria's forces", "Marendia's foreign minister": what a country has. */
const COUNTRY_HAS = wordSet(`forces army troops military government capital territory border borders economy
  parliament navy sovereignty population constitution foreign defence defense interior prime regions cities citizens
  people president`);
const PLURAL_VERBS = wordSet('have are were do');
/** "Dnistrov (…) is a river town", "Interoute, the internet networks company": what the name is said to be. */
const APPOSITIVE = /(?:[ \t]*\([^)\n]{0,80}\))?(?:[ \t]*,|[ \t]+(?:is|was))[ \t]+(?:a|an|the)[ \t]+((?:[\p{L}\d'-]+[ \t]+){0,3}[\p{L}]+)/uy;
const PLACE_KINDS = wordSet(`town city village country region district province state capital island nation port
  suburb area county republic kingdom territory enclave municipality settlement`);
const ORG_KINDS = wordSet(`company firm group agency organisation organization charity ngo newspaper broadcaster
  network party union bank ministry department institute university club team band manufacturer carrier
  operator provider militia movement coalition`);
const PERSON_KINDS = wordSet(`man woman boy girl teacher lawyer doctor father mother son daughter officer resident
  student singer actor actress player coach writer journalist politician businessman businesswoman veteran
  farmer nurse soldier pilot priest mayor minister diplomat envoy spokesman spokeswoman`);
const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;
const PLURAL = /[^siu']s$/;
/** Endings of place names ("Marendia", "Kurdistan", "Volgograd", "Pokrovsk"), for names no list knows. */
const PLACE_ENDING = /(?:[^cg]ia|stan|land|burg|grad|ville|polis|pol|sk|abad)$/;
const OF_OR_FOR = /^ (?:of|for)(?: the)? $/;
const COMPASS = wordSet('north south east west central northern southern eastern western upper lower');


export function scoreCandidate(c: Candidate, folded: string): void {
  const known = NAME_EVIDENCE.get(c.name);
  if (known) {
    c.intrinsic[0] = known[0];
    c.intrinsic[1] = known[1];
    c.intrinsic[2] = known[2];
  } else {
    scoreName(c, folded);
    if (NAME_EVIDENCE.size >= NAME_CACHE_SIZE) NAME_EVIDENCE.clear();
    NAME_EVIDENCE.set(c.name, [c.intrinsic[0], c.intrinsic[1], c.intrinsic[2]]);
  }
  scoreContext(c, folded);
}

/**
 * Name evidence depends on the name's text alone, and names repeat within and across
 * articles ("Russia", "U.S."): it is worked out once per spelling and reused.
 */
const NAME_EVIDENCE = memoTable(new Map<string, readonly [number, number, number]>());
const NAME_CACHE_SIZE = 20000;

/** What the name alone says: gazetteers, cue words, first names, initials, its shape. */
function scoreName(c: Candidate, folded: string): void {
  const ev = c.intrinsic;
  const n = c.tokens.length;
  const first = c.tokens[0].key;
  const last = c.tokens[n - 1].key;
  const place = PLACES.has(c.key) || (n === 1 && folded.charCodeAt(c.end - 1) === 46 && STATE_ABBREVIATIONS.has(c.key));
  const org = ORGS.has(c.key);
  if (place) ev[PLACE] += 5;
  if (org) ev[ORG] += 5;
  let cued = place || org;
  if (!cued) {
    if (ORG_TAILS.has(last) || (n > 1 && endsWithLegalForm(c, folded)) || (n > 1 && ORG_HEADS.has(first) && c.tokens[1].gap.startsWith(' of'))) {
      ev[ORG] += 4;
      cued = true;
    } else if (n > 1 && (PLACE_TAILS.has(last) || PLACE_HEADS.has(first))) {
      ev[PLACE] += 4;
      cued = true;
    } else if (n > 1) {
      cued = inner(c, ev) || (!FIRST_NAMES.has(first) && placeThenName(c, ev));
    }
  }
  const acronym = isAcronym(folded, c);
  if (!cued && acronym && n === 1) ev[ORG] += 2;
  else if (!cued && n === 1 && isPluralName(folded, c)) ev[ORG] += 1.2;
  else if (!cued && n === 1 && PLACE_ENDING.test(first) && !FIRST_NAMES.has(first)) ev[PLACE] += 0.9;
  else if (!cued && !acronym) ev[PERSON] += n === 1 ? 0.6 : 1.5;
  if (n > 1 && FIRST_NAMES.has(first)) ev[PERSON] += 3;
  if (n > 1 && (SUFFIX.test(last) || c.tokens.some((t) => t.key.length === 1))) ev[PERSON] += 3;
  if (n === 1 && PLACE_TAILS.has(last)) ev[PLACE] += 2;
}

/** "Ostrava Kettleworks AG", "Acme S.p.A.": a legal form written out or abbreviated with full stops. */
function endsWithLegalForm(c: Candidate, folded: string): boolean {
  const last = c.tokens[c.tokens.length - 1];
  if (COMPANY_SUFFIX.has(last.key)) return true;
  const written = folded.slice(last.start, last.end);
  return written.includes('.') && !SUFFIX.test(last.key) && isLegalForm(written);
}

/** What this mention's neighbours say: a title, "in", "the", "said", ", who". */
function scoreContext(c: Candidate, folded: string): void {
  const ev = c.evidence;
  const n = c.tokens.length;
  const last = c.tokens[n - 1].key;
  if (c.role) ev[PERSON] += 4;

  const lowerNext = wordAfter(folded, c.end);
  const possessive = lowerNext !== '' && after.possessive;
  const w1 = wordBefore(folded, c.start);
  const w2 = w1 === 'the' || w1 === 'of' || w1 === 'to' ? wordBefore(folded, cursor.start) : '';
  const w3 = w2 === 'to' ? wordBefore(folded, cursor.start) : '';
  const det = w1 === 'the';
  const prep = det ? w2 : w1;
  // "in Bush's absence": the preposition belongs to the possessed noun, not to the name.
  if (!possessive) prepositionCue(ev, w1, w2, w3, prep);
  if (SAID_WORDS.has(w1) || (w1 === 'to' && w2 === 'according')) ev[PERSON] += 1;

  if (lowerNext === '') {
    if (folded.charCodeAt(c.end) === 32 && folded.charCodeAt(c.end + 1) === 40) appositive(c, folded, ev);
    if (det) ev[ORG] += n === 1 && PLURAL.test(last) ? 2 : 1;
    return;
  }
  const comma = after.comma;
  const wordEnd = after.end;
  if (comma || lowerNext === 'is' || lowerNext === 'was') appositive(c, folded, ev);
  if (det && (comma || possessive || after.capitalised)) {
    ev[ORG] += n === 1 && PLURAL.test(last) ? 2 : 1;
    ev[PLACE] += 0.5;
  }
  if (possessive) {
    if (PERSONAL_WORDS.has(lowerNext)) ev[PERSON] += 2;
    else if (COUNTRY_HAS.has(lowerNext)) ev[PLACE] += 1.5;
    else if (ORG_HAS.has(lowerNext)) ev[ORG] += 1;
    return;
  }
  if (comma) {
    if (lowerNext === 'who' || lowerNext === 'whose') ev[PERSON] += 2;
    else if (lowerNext === 'which') ev[ORG] += 1;
    return;
  }
  if (SAYS_WORDS.has(lowerNext)) {
    // "Marendia said it would": a country or a body speaks of itself as "it".
    if (folded.startsWith(' it ', wordEnd)) {
      ev[ORG] += 1;
      ev[PLACE] += 1;
    } else ev[PERSON] += lowerNext === 'himself' || lowerNext === 'herself' ? 2 : 1.5;
  }
  else if (ORG_WORDS.has(lowerNext)) ev[ORG] += 1;
  else if (PLACE_WORDS.has(lowerNext)) ev[PLACE] += 2;
  else if (n === 1 && PLURAL_VERBS.has(lowerNext) && PLURAL.test(last)) ev[ORG] += 1;
}

function appositive(c: Candidate, folded: string, ev: number[]): void {
  APPOSITIVE.lastIndex = c.end;
  const a = APPOSITIVE.exec(folded);
  if (!a) return;
  for (const word of a[1].toLowerCase().split(/[ \t]+/)) {
    if (PLACE_KINDS.has(word)) ev[PLACE] += 2.5;
    else if (ORG_KINDS.has(word)) ev[ORG] += 2.5;
    else if (PERSON_KINDS.has(word)) ev[PERSON] += 2.5;
    else continue;
    return;
  }
}

function prepositionCue(ev: number[], w1: string, w2: string, w3: string, prep: string): void {
  if (w1 === 'of' && PLACE_NOUNS.has(w2)) ev[PLACE] += 3;
  else if (IN_WORDS.has(prep)) ev[PLACE] += 2;
  else if (prep === 'from') ev[PLACE] += 0.8;
  else if (prep === 'to' && !(w2 === 'according' || w3 === 'according')) ev[PLACE] += 0.5;
  else if (prep === 'at') {
    ev[PLACE] += 0.5;
    ev[ORG] += 0.5;
  }
}

/** "Federal Bureau of Investigation", "Island of Qeshm": a head word before "of"/"for" inside the name. */
function inner(c: Candidate, ev: number[]): boolean {
  for (let i = 1; i < c.tokens.length; i++) {
    if (!OF_OR_FOR.test(c.tokens[i].gap)) continue;
    const head = c.tokens[i - 1].key;
    if (ORG_HEADS.has(head) || ORG_TAILS.has(head)) return (ev[ORG] += 4) > 0;
    if (PLACE_TAILS.has(head)) return (ev[PLACE] += 4) > 0;
  }
  return false;
}

/**
 * A known place followed by more words: a team or firm ("Kansas City Chiefs"), unless the rest
 * is itself a place ("Aoraki Mount Cook") or the place is a compass word ("East Flatbush").
 */
function placeThenName(c: Candidate, ev: number[]): boolean {
  const t = c.tokens;
  if (COMPASS.has(t[0].key) || COMPASS.has(t[t.length - 1].key)) return (ev[PLACE] += 2) > 0;
  let key = '';
  for (let i = 0; i < Math.min(t.length - 1, 3); i++) {
    key += (i ? ' ' : '') + t[i].key.replace(/\./g, '');
    if (!PLACES.has(key)) continue;
    const rest = t.slice(i + 1);
    const restKey = rest.map((r) => r.key).join(' ');
    if (PLACES.has(restKey) || PLACE_HEADS.has(rest[0].key) || PLACE_TAILS.has(rest[rest.length - 1].key)) {
      return (ev[PLACE] += 3) > 0;
    }
    return (ev[ORG] += 3) > 0;
  }
  return false;
}

/** "Colts", "Chargers": a plural capitalised word is a team or group, unless it is a common surname. */
function isPluralName(folded: string, c: Candidate): boolean {
  const key = c.tokens[0].key;
  if (key.length < 5 || !PLURAL.test(key) || S_SURNAMES.has(key)) return false;
  const second = folded.charCodeAt(c.start + 1);
  return (second >= 97 && second <= 122) || second > 191;
}

function isAcronym(folded: string, c: Candidate): boolean {
  if (c.end - c.start < 2) return false;
  for (let i = c.start; i < c.end; i++) {
    const code = folded.charCodeAt(i);
    if (!((code >= 65 && code <= 90) || code === 46 || code === 38)) return false;
  }
  return true;
}
