import { majorityType, type ActorDocument, type NameNode, type NameNodes } from './actor-nodes';
import { isLegalForm } from '../detect/actors/legal-forms';
import { COUNTRIES, PLACES } from '../detect/actors/places';
import type { UnionFind } from './union-find';
import { addTo } from '../multimap';
import type { Steps } from './steps';
import { ruleOn } from '../optional-rules';

// Rules for organisations, whose names news copy shortens in ways no spelling rule sees.
// Each joins two names across documents only when the match is the only one in the workspace.

type Join = (a: string, b: string) => void;

/**
 * "IAEA" and "International Atomic Energy Agency", "RR" and "Rolls-Royce", with no article
 * defining either: the two must be named in one article at least, since on a folder of
 * 2,587 articles initials alone joined "CDC" to a state's Department of Corrections and
 * "RIM" to an interior ministry. Other articles then follow through the link.
 */
export function* linkInitials(nodes: readonly NameNode[], sets: UnionFind, join: Join): Steps<void> {
  const byInitials = new Map<string, NameNode[]>();
  for (let i = 0; i < nodes.length; i++) {
    if (i % 1024 === 1023) yield;
    const node = nodes[i];
    const tokens = node.key.tokens;
    if (tokens.length < 2 || tokens.length > 8 || majorityType(node.types) === 'person') continue;
    addTo(byInitials, tokens.map((t) => t[0]).join(''), node);
  }
  yield;
  for (const node of nodes) {
    const letters = acronymLetters(node);
    if (!letters) continue;
    const target = uniqueSet(byInitials.get(letters), sets);
    if (target && sharesDocument(node, target)) join(node.skeleton, target.skeleton);
  }
}

/** The letters of a name written as an acronym ("IAEA", "U.N."), or undefined. */
function acronymLetters(node: NameNode): string | undefined {
  if (node.key.tokens.length !== 1) return undefined;
  const letters = node.key.tokens[0];
  if (letters.length < 2 || letters.length > 6) return undefined;
  for (const form of node.forms.keys()) if (/^(?:[A-Z]\.?){2,6}$/.test(form.trim())) return letters;
  return undefined;
}

/**
 * "Siemens" and "Siemens AG", "Vodafone" and "Vodafone UK", "ABB" and "ABB Group": an
 * organisation's name with a legal form or a country after it is the same organisation.
 */
export function* linkLegalForms(nodes: readonly NameNode[], names: NameNodes, join: Join): Steps<void> {
  let work = 0;
  for (const node of nodes) {
    if (++work % 1024 === 0) yield;
    const tokens = node.key.tokens;
    if (tokens.length < 2 || majorityType(node.types) !== 'organization') continue;
    const words = surfaceWords(node);
    if (words.length !== tokens.length) continue;
    let end = tokens.length;
    while (end > 1 && (isLegalForm(words[end - 1]) || isCountry(tokens[end - 1]))) end--;
    if (end === tokens.length) continue;
    const base = names.nodes.get(node.key.skeletons.slice(0, end).join(' '));
    if (base && majorityType(base.types) !== 'place') join(node.skeleton, base.skeleton);
  }
}

/** The words of a name's most used spelling, as written: a legal form is told by its shape ("AG", "Inc."). */
function surfaceWords(node: NameNode): string[] {
  let best = '';
  let count = 0;
  node.forms.forEach((n, form) => {
    if (n > count) {
      best = form;
      count = n;
    }
  });
  return best.replace(/['’]s$/u, '').trim().split(/[\s-]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Only a country: a city after a name is an outlet or branch of its own ("Fox LA" is not Fox News). */
function isCountry(token: string): boolean {
  return COUNTRIES.has(token);
}

/** "Wal-Mart" and "Walmart", "Fed Ex" and "FedEx": the same letters, spaced or hyphenated differently. */
export function* linkCompactSpellings(nodes: readonly NameNode[], join: Join): Steps<void> {
  const byCompact = new Map<string, NameNode[]>();
  for (let i = 0; i < nodes.length; i++) {
    if (i % 1024 === 1023) yield;
    const node = nodes[i];
    const compact = node.skeleton.replace(/ /g, '');
    if (compact.length >= 5) addTo(byCompact, compact, node);
  }
  yield;
  for (const group of byCompact.values()) {
    if (group.length < 2) continue;
    const types = new Set(group.map((n) => majorityType(n.types)));
    if (types.size > 1 && types.has('person')) continue;
    for (const node of group.slice(1)) join(group[0].skeleton, node.skeleton);
  }
}

/**
 * "BNP" beside "BNP Paribas Cardif" in one article: a name that opens exactly one longer
 * organisation name of the same article is its short form there.
 */
export function* linkShortForms(documents: readonly ActorDocument[], names: NameNodes, join: Join): Steps<void> {
  for (let d = 0; d < documents.length; d++) {
    if (d % 64 === 63) yield;
    const doc = documents[d];
    const nodes = new Map<string, NameNode>();
    for (let a = 0; a < doc.actors.length; a++) {
      const key = doc.keys?.[a] ?? names.keyOf(doc.actors[a].name);
      const node = names.nodes.get(key.skeleton);
      if (node) nodes.set(node.skeleton, node);
    }
    if (nodes.size < 2) continue;
    const longer = [...nodes.values()].filter((n) => n.key.skeletons.length >= 2 && majorityType(n.types) === 'organization');
    for (const short of nodes.values()) {
      // A town keeps its name beside a body named after it ("Wasilla" and "Wasilla Bible Church").
      if (majorityType(short.types) !== 'organization' || PLACES.has(short.key.folded)) continue;
      const s = short.key.skeletons;
      const opened = longer.filter((n) => n.key.skeletons.length > s.length && s.every((t, i) => n.key.skeletons[i] === t));
      if (opened.length === 1 && !(s.length === 1 && ruleOn('short-form-words') && writtenInLowerCase(doc.text, short.key.tokens[0]))) {
        join(short.skeleton, opened[0].skeleton);
      }
    }
  }
}

/**
 * Whether the article also writes the word in lower case ("at the time"): then the capitalised
 * word is an everyday word used as a name ("Time", "News", "People"), and it names other things
 * elsewhere, so it is not taken as the short form of the one longer name beside it ("Time Warner").
 */
function writtenInLowerCase(text: string, word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[at + word.length] ?? ' ')) return true;
  }
  return false;
}

function sharesDocument(a: NameNode, b: NameNode): boolean {
  for (const d of a.documents) if (b.documents.has(d)) return true;
  return false;
}

/** The one candidate when all candidates already share a set; undefined when none or several sets. */
function uniqueSet(candidates: readonly NameNode[] | undefined, sets: UnionFind): NameNode | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  const root = sets.find(candidates[0].skeleton);
  for (const c of candidates) if (sets.find(c.skeleton) !== root) return undefined;
  return candidates[0];
}
