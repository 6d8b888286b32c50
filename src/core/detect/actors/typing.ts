import { ORG, PERSON, PLACE, type Candidate } from './candidate';
import { FIRST_NAMES } from './first-names';
import { wordSet } from './lexicon';
import { ORG_HEADS, ORG_TAILS, ORGS } from './orgs';
import { PLACE_HEADS, PLACE_TAILS, PLACES } from './places';

/**
 * Evidence for a name's type from the name itself and its neighbours. Weights: a gazetteer
 * hit 5, a cue word in the name 4, a title 4, a known first name or initials 3, context 1–3.
 * The document sums them per name (see consistency), so one strong cue types every mention.
 */
const IN_PLACE = /(?:^|[^\p{L}])(?:in|near|across|throughout|outside|inside|into|toward|towards|around|off|visited|visiting|entered|invaded|invade|bombed|struck)\s+(?:the\s+)?$/iu;
const FROM_TO = /(?:^|[^\p{L}])(?:from|to)\s+(?:the\s+)?$/iu;
const AT = /(?:^|[^\p{L}])at\s+(?:the\s+)?$/iu;
const PLACE_NOUN_OF = /(?:town|city|village|region|province|state|county|capital|island|country|republic|port|suburb|district|nation|streets|outskirts|coast) of\s+$/i;
const THE = /(?:^|[^\p{L}])the\s+$/iu;
const SAID_BEFORE = /(?:^|[^\p{L}])(?:said|says|told|asked|thanked|praised|criticized|criticised|accused|married|according to)\s+$/iu;
const SAYS_AFTER = /^(?:\s*,[^,.]{1,60},)?\s+(?:said|says|told|added|explained|stated|wrote|tweeted|insisted|noted|argued|warned|claimed|recalled|admitted|replied|testified|pleaded|died|married|resigned|smiled|laughed|joked)\b/;
const WHO_AFTER = /^\s*,\s*(?:who|whose)\b|^\s+(?:himself|herself)\b/;
const WHICH_AFTER = /^\s*,\s*which\b/;
const PERSONAL_AFTER = /^'s?\s+(?:wife|husband|son|daughter|mother|father|family|lawyer|attorney|spokesman|spokeswoman|rep|publicist|career|life|death|body|girlfriend|boyfriend|friend|friends|parents|children)\b/;
const ORG_AFTER = /^\s+(?:spokesman|spokeswoman|spokesperson|officials?|executives?|reported|announced|shares|stock|headquarters)\b/;
const PLACE_AFTER = /^\s+(?:region|area|province|oblast|border|coast|city|capital|county|district|village|town|island|peninsula|residents)\b/;
const LOWER_NOUN_AFTER = /^\s+[a-z]/;
const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;
const PLURAL = /[^siu']s$/;
const OF_OR_FOR = /^ (?:of|for)(?: the)? $/;
const COMPASS = wordSet('north south east west central northern southern eastern western upper lower new');
/** Surnames that look plural. */
const S_SURNAMES = wordSet(`williams jones davis harris thomas roberts evans edwards collins stevens phillips
  parsons adams rogers hughes reyes morris myers peters rivers simmons woods brooks banks sanders powers hayes
  gates hawkins jenkins perkins watkins wilkins dickens hopkins owens matthews andrews richards nichols fields
  mills meyers gomes reynolds burns stephens hobbs daniels keys james charles nicholas lucas marcus douglas carlos
  dennis francis mathews michaels waters wells rhodes giles holmes combs downs barnes haynes lewis ellis willis
  travis childs spears sayers ayers humphreys jeffries gonzales morales torres flores ramos santos reeves
  stokes styles knowles bowles noyes hodges bridges strickland`);

export function scoreCandidate(c: Candidate, folded: string): void {
  const ev = c.evidence;
  const n = c.tokens.length;
  const first = c.tokens[0].key;
  const last = c.tokens[n - 1].key;
  const place = PLACES.has(c.key);
  const org = ORGS.has(c.key);
  if (place) ev[PLACE] += 5;
  if (org) ev[ORG] += 5;
  let cued = place || org;
  if (!cued) {
    if (ORG_TAILS.has(last) || (n > 1 && ORG_HEADS.has(first) && c.tokens[1].gap.startsWith(' of'))) {
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
  else if (!cued && !acronym) ev[PERSON] += n === 1 ? 0.6 : 1.5;
  if (c.role) ev[PERSON] += 4;
  if (n > 1 && FIRST_NAMES.has(first)) ev[PERSON] += 3;
  if (n > 1 && (SUFFIX.test(last) || c.tokens.some((t) => t.key.length === 1))) ev[PERSON] += 3;

  const before = folded.slice(Math.max(0, c.start - 28), c.start);
  const after = folded.slice(c.end, c.end + 40);
  if (PLACE_NOUN_OF.test(before)) ev[PLACE] += 3;
  else if (IN_PLACE.test(before)) ev[PLACE] += 2;
  else if (FROM_TO.test(before)) ev[PLACE] += 0.5;
  else if (AT.test(before)) {
    ev[PLACE] += 0.5;
    ev[ORG] += 0.5;
  }
  if (THE.test(before) && !LOWER_NOUN_AFTER.test(after)) {
    ev[ORG] += n === 1 && PLURAL.test(last) ? 2 : 1;
    ev[PLACE] += 0.5;
  }
  if (SAID_BEFORE.test(before)) ev[PERSON] += 1;
  if (SAYS_AFTER.test(after)) ev[PERSON] += 1.5;
  if (WHO_AFTER.test(after)) ev[PERSON] += 2;
  if (WHICH_AFTER.test(after)) ev[ORG] += 1;
  if (PERSONAL_AFTER.test(after)) ev[PERSON] += 2;
  if (ORG_AFTER.test(after)) ev[ORG] += 1;
  if (PLACE_AFTER.test(after)) ev[PLACE] += 2;
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
  return /^\p{Lu}\p{Ll}/u.test(folded.slice(c.start, c.start + 2));
}

function isAcronym(folded: string, c: Candidate): boolean {
  const text = folded.slice(c.start, c.end);
  return text.length > 1 && /^[\p{Lu}.&]+$/u.test(text);
}
