import type { ActorType } from '../../model';
import { ORG, PERSON, PLACE, type Candidate } from './candidate';
import { lookupKey } from './lexicon';

const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;
/** Own evidence above this (a gazetteer hit) keeps a word from being read as someone's surname. */
const STRONG = 5;

interface Group {
  readonly evidence: [number, number, number];
  readonly members: Candidate[];
}

/**
 * Document-level decisions: a partial mention takes the full name written elsewhere in the
 * document ("Witkoff" → "Steve Witkoff", "Mark Heller" → "Mark Jay Heller"), then every
 * mention of one name gets the type its mentions' summed evidence favours.
 */
export function resolveDocument(candidates: readonly Candidate[]): Map<Candidate, ActorType> {
  let groups = groupByName(candidates);
  const fullNames = personFullNames(groups);
  for (const c of candidates) {
    const full = fullNameFor(c, fullNames);
    if (!full || full.name === c.name) continue;
    c.name = full.name;
    // Being someone's surname outweighs the weak cues a lone word gathers ("Timmons" looks plural).
    if (c.tokens.length === 1 && fullNames.bySurname.has(c.tokens[0].key)) {
      c.evidence[ORG] = 0;
      c.evidence[PLACE] = 0;
    }
  }
  groups = groupByName(candidates);
  const types = new Map<Candidate, ActorType>();
  for (const group of groups.values()) {
    const type = decide(group);
    for (const c of group.members) types.set(c, type);
  }
  return types;
}

function groupByName(candidates: readonly Candidate[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const c of candidates) {
    const key = lookupKey(c.name);
    let g = groups.get(key);
    if (!g) {
      g = { evidence: [0, 0, 0], members: [] };
      groups.set(key, g);
    }
    g.members.push(c);
    for (let i = 0; i < 3; i++) g.evidence[i] += c.evidence[i];
  }
  return groups;
}

function decide(group: Group): ActorType {
  const [p, o, l] = group.evidence;
  if (p === 0 && o === 0 && l === 0) return 'person';
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
}

function personFullNames(groups: Map<string, Group>): FullNames {
  const bySurname = new Map<string, Candidate[]>();
  const byFirstLast = new Map<string, Candidate>();
  const byOrgTail = new Map<string, Candidate>();
  for (const group of groups.values()) {
    const type = decide(group);
    if (type === 'organization') {
      for (const c of group.members) if (c.tokens.length > 1) byOrgTail.set(c.tokens[c.tokens.length - 1].key, c);
    }
    if (type !== 'person') continue;
    for (const c of group.members) {
      const words = nameWords(c);
      if (words.length < 2) continue;
      const surname = words[words.length - 1];
      const list = bySurname.get(surname) ?? [];
      list.push(c);
      bySurname.set(surname, list);
      const fl = `${words[0]}|${surname}`;
      const known = byFirstLast.get(fl);
      if (!known || c.name.length > known.name.length) byFirstLast.set(fl, c);
    }
  }
  for (const list of bySurname.values()) list.sort((a, b) => a.start - b.start);
  return { bySurname, byFirstLast, byOrgTail };
}

/** Name words without initials and suffixes, so "W. Mark Felt Sr." reads as mark … felt. */
function nameWords(c: Candidate): string[] {
  return c.tokens.map((t) => t.key).filter((k) => k.length > 1 && !SUFFIX.test(k));
}

function fullNameFor(c: Candidate, full: FullNames): Candidate | undefined {
  const words = nameWords(c);
  if (words.length === 0) return undefined;
  if (words.length >= 2) return full.byFirstLast.get(`${words[0]}|${words[words.length - 1]}`);
  if (c.evidence[ORG] >= STRONG || c.evidence[PLACE] >= STRONG) return undefined;
  if (c.evidence[ORG] > c.evidence[PERSON] + 2 || c.evidence[PLACE] > c.evidence[PERSON] + 2) return undefined;
  const list = full.bySurname.get(words[0]);
  if (!list) return full.byOrgTail.get(c.tokens[0].key);
  let chosen = list[0];
  for (const f of list) if (f.start < c.start) chosen = f;
  return chosen;
}
