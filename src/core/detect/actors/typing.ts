import { ORG, PERSON, PLACE, type Candidate } from './candidate';
import { FIRST_NAMES } from './first-names';
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

export function scoreCandidate(c: Candidate, folded: string): void {
  const ev = c.evidence;
  const n = c.tokens.length;
  const first = c.tokens[0].key;
  const last = c.tokens[n - 1].key;
  const place = PLACES.has(c.key);
  const org = ORGS.has(c.key);
  if (place) ev[PLACE] += 5;
  if (org) ev[ORG] += 5;
  if (!place && !org) {
    if (ORG_TAILS.has(last) || (n > 1 && ORG_HEADS.has(first) && c.tokens[1].gap.startsWith(' of'))) ev[ORG] += 4;
    if (n > 1 && (PLACE_TAILS.has(last) || PLACE_HEADS.has(first))) ev[PLACE] += 4;
    if (n === 1 && isAcronym(folded, c)) ev[ORG] += 2;
  }
  if (c.role) ev[PERSON] += 4;
  if (n > 1 && FIRST_NAMES.has(first)) ev[PERSON] += 3;
  if (n > 1 && (SUFFIX.test(last) || c.tokens.some((t) => t.key.length === 1))) ev[PERSON] += 3;

  const before = folded.slice(Math.max(0, c.start - 28), c.start);
  const after = folded.slice(c.end, c.end + 40);
  if (PLACE_NOUN_OF.test(before)) ev[PLACE] += 3;
  else if (IN_PLACE.test(before)) ev[PLACE] += 2;
  else if (FROM_TO.test(before)) ev[PLACE] += 1;
  else if (AT.test(before)) {
    ev[PLACE] += 0.5;
    ev[ORG] += 0.5;
  }
  if (THE.test(before) && !LOWER_NOUN_AFTER.test(after)) {
    ev[ORG] += 1;
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

function isAcronym(folded: string, c: Candidate): boolean {
  const text = folded.slice(c.start, c.end);
  return text.length > 1 && /^[\p{Lu}.&]+$/u.test(text);
}
