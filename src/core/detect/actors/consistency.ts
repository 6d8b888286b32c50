import type { ActorType } from '../../model';
import { ORG, PERSON, PLACE, type Candidate } from './candidate';
import { COMPANY_SUFFIX } from './legal-forms';
import { cursor, wordBefore } from './scan';
import { ruleOn } from '../../optional-rules';

const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;
/** Own evidence this high (a gazetteer hit) keeps a word from being read as someone's surname. */
const STRONG = 5;

interface Group {
  readonly evidence: [number, number, number];
  readonly members: Candidate[];
  /** The decided type, until a member joins or leaves. */
  type: ActorType | undefined;
}

/**
 * Document-level decisions: a partial mention takes the full name written elsewhere in the
 * document ("Witkoff" → "Steve Witkoff", "Mark Heller" → "Mark Jay Heller"), then every
 * mention of one name gets the type its mentions' summed evidence favours (set on each).
 */
/** "(written Dnestrov …)", "also spelled Solovyev", "also known as …": the document names a variant. */
const ALIAS_CUES = new Set(['written', 'spelled', 'spelt', 'aka', 'alias', 'transliterated']);
const ALIAS_REACH = 100;

/** A cheap look at the two letters before the name: every cue ends in one of these pairs. */
function mayFollowAliasCue(folded: string, start: number): boolean {
  let i = start - 1;
  while (i > 0 && folded.charCodeAt(i) === 32) i--;
  const pair = folded.charCodeAt(i - 1) * 128 + folded.charCodeAt(i);
  return pair === EN || pair === ED || pair === LT || pair === KA || pair === AS;
}
const code2 = (s: string): number => s.charCodeAt(0) * 128 + s.charCodeAt(1);
const [EN, ED, LT, KA, AS] = ['en', 'ed', 'lt', 'ka', 'as'].map(code2);

/** Marks names the text declares to be another spelling of the name just before them. */
export function findAliases(candidates: readonly Candidate[], folded: string): void {
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i];
    const prev = candidates[i - 1];
    if (c.start - prev.end > ALIAS_REACH || c.key === prev.key || !mayFollowAliasCue(folded, c.start)) continue;
    const w1 = wordBefore(folded, c.start);
    const cue = ALIAS_CUES.has(w1) || (w1 === 'as' && wordBefore(folded, cursor.start) === 'known');
    if (cue && !/[.!?]\s/.test(folded.slice(prev.end, c.start))) c.aliasOf = prev.aliasOf ?? prev;
  }
  // Every other mention of a declared spelling follows it.
  const declared = new Map<string, Candidate>();
  for (const c of candidates) if (c.aliasOf) declared.set(c.key, c.aliasOf);
  if (declared.size === 0) return;
  for (const c of candidates) if (!c.aliasOf && declared.has(c.key)) c.aliasOf = declared.get(c.key);
}

export function resolveDocument(candidates: readonly Candidate[], folded = ''): void {
  const groups = new Map<string, Group>();
  for (const c of candidates) join(groups, c.aliasOf ? c.aliasOf.key : c.key, c);
  const full = fullNames(groups);
  for (const c of candidates) {
    if (c.aliasOf) continue;
    const target = fullNameFor(c, full, folded);
    if (!target || target.name === c.name) continue;
    // Being someone's surname outweighs the weak cues a lone word gathers ("Timmons" looks plural).
    leave(groups.get(c.key), c);
    if (c.tokens.length === 1 && full.bySurname.has(c.tokens[0].key)) {
      c.intrinsic[ORG] = 0;
      c.intrinsic[PLACE] = 0;
    }
    c.name = target.name;
    join(groups, target.key, c);
  }
  for (const c of candidates) if (c.aliasOf) c.name = c.aliasOf.name;
  for (const group of groups.values()) {
    if (group.members.length === 0) continue;
    const type = decide(group);
    for (const c of group.members) c.type = type;
  }
}

function join(groups: Map<string, Group>, key: string, c: Candidate): void {
  let g = groups.get(key);
  if (!g) {
    g = { evidence: [0, 0, 0], members: [], type: undefined };
    groups.set(key, g);
  }
  g.members.push(c);
  g.type = undefined;
  g.evidence[0] += c.evidence[0];
  g.evidence[1] += c.evidence[1];
  g.evidence[2] += c.evidence[2];
}

function leave(g: Group | undefined, c: Candidate): void {
  if (!g) return;
  const i = g.members.indexOf(c);
  if (i >= 0) g.members.splice(i, 1);
  g.type = undefined;
  g.evidence[0] -= c.evidence[0];
  g.evidence[1] -= c.evidence[1];
  g.evidence[2] -= c.evidence[2];
}

/** Context evidence summed over the mentions, plus the strongest name evidence among their forms. */
function decide(group: Group): ActorType {
  return (group.type ??= weigh(group));
}

function weigh(group: Group): ActorType {
  let [p, o, l] = group.evidence;
  let ip = 0;
  let io = 0;
  let il = 0;
  for (const c of group.members) {
    ip = Math.max(ip, c.intrinsic[PERSON]);
    io = Math.max(io, c.intrinsic[ORG]);
    il = Math.max(il, c.intrinsic[PLACE]);
  }
  p += ip;
  o += io;
  l += il;
  if (p >= o && p >= l) return 'person';
  return o >= l ? 'organization' : 'place';
}

interface FullNames {
  /** Surname (last word, suffixes aside) → the full names that end with it, in text order. */
  readonly bySurname: Map<string, Candidate[]>;
  /** "first|last" → the longest full name with that first and last word. */
  readonly byFirstLast: Map<string, Candidate>;
  /** Last word of a multi-word organisation → its name ("Saints" → "New Orleans Saints"). */
  readonly byOrgTail: Map<string, Candidate>;
  /** First word of an organisation named with a cue word → its name ("Comcast" → "Comcast Corp."). */
  readonly byOrgHead: Map<string, Candidate>;
}

function fullNames(groups: Map<string, Group>): FullNames {
  const bySurname = new Map<string, Candidate[]>();
  const byFirstLast = new Map<string, Candidate>();
  const byOrgTail = new Map<string, Candidate>();
  const byOrgHead = new Map<string, Candidate>();
  for (const group of groups.values()) {
    const c = group.members[0];
    if (c.tokens.length < 2) continue;
    const type = decide(group);
    if (type === 'organization') {
      const last = c.tokens[c.tokens.length - 1].key;
      byOrgTail.set(last, c);
      if (COMPANY_SUFFIX.has(last)) byOrgHead.set(c.tokens[0].key, c);
    }
    if (type !== 'person') continue;
    const words = nameWords(c);
    if (words.length < 2) continue;
    const surname = words[words.length - 1];
    // Every occurrence counts, so a lone surname goes to the nearest full name before it.
    const list = bySurname.get(surname);
    if (list) list.push(...group.members);
    else bySurname.set(surname, [...group.members]);
    const fl = `${words[0]}|${surname}`;
    const known = byFirstLast.get(fl);
    if (!known || c.name.length > known.name.length) byFirstLast.set(fl, c);
  }
  for (const list of bySurname.values()) list.sort((a, b) => a.start - b.start);
  return { bySurname, byFirstLast, byOrgTail, byOrgHead };
}

/** Name words without initials and suffixes, so "W. Mark Felt Sr." reads as mark … felt. */
function nameWords(c: Candidate): string[] {
  return c.tokens.map((t) => t.key).filter((k) => k.length > 1 && !SUFFIX.test(k));
}

function fullNameFor(c: Candidate, full: FullNames, folded: string): Candidate | undefined {
  if (c.tokens.length > 1) {
    if (full.byFirstLast.size === 0) return undefined;
    const words = nameWords(c);
    return words.length < 2 ? undefined : full.byFirstLast.get(`${words[0]}|${words[words.length - 1]}`);
  }
  const own = c.intrinsic;
  if (own[ORG] >= STRONG || own[PLACE] >= STRONG) return undefined;
  const p = own[PERSON] + c.evidence[PERSON];
  if (own[ORG] + c.evidence[ORG] > p + 2 || own[PLACE] + c.evidence[PLACE] > p + 2) return undefined;
  const key = c.tokens[0].key;
  const list = full.bySurname.get(key);
  if (!list) return full.byOrgTail.get(key) ?? full.byOrgHead.get(key);
  // The nearest full name written before the mention, else the first one after it.
  let last = -1;
  while (last + 1 < list.length && list[last + 1].start < c.start) last++;
  if (last < 0) return list[0];
  return ruleOn('surname-subject') ? subjectOfSentence(list, last, c, folded) : list[last];
}

const SENTENCE_END = /[.!?]["'”’)]*\s|\n/;

/**
 * A lone surname in a later sentence than the last full name takes the person that sentence
 * named first, its subject, when it named two people of that surname ("Ama Orrin beat her
 * sister Efua Orrin. Orrin next plays …" is Ama): a new sentence goes on about the subject of
 * the last one more often than about the name nearest to it.
 */
function subjectOfSentence(list: readonly Candidate[], last: number, c: Candidate, folded: string): Candidate {
  const nearest = list[last];
  if (!folded || !SENTENCE_END.test(folded.slice(nearest.end, c.start))) return nearest;
  let chosen = nearest;
  for (let j = last - 1; j >= 0 && !SENTENCE_END.test(folded.slice(list[j].end, chosen.start)); j--) chosen = list[j];
  return chosen;
}
