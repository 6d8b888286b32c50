import type { ActorType } from '../model';
import { findAcronymDefinitions } from './acronyms';
import { aliasSkeleton } from './aliases';
import { NameNodes, majorityType, mostFrequentForm, type ActorDocument, type NameNode } from './actor-nodes';
import { editDistanceWithin } from './edit-distance';
import type { NameKey } from './name-key';
import { foldTypography } from '../text/fold';
import { slugify } from './slug';
import { UnionFind } from './union-find';
import { linkCompactSpellings, linkInitials, linkLegalForms, linkShortForms } from './organisation-links';
import { ruleOn } from '../optional-rules';
import { addTo } from '../multimap';
import { drain, STEP_WORK, WorkBudget, type Steps } from './steps';

/** The user's decisions from the workspace actors file; they always win. */
export interface ActorOverrides {
  /** Each group of names is one actor, whatever the rules say. */
  readonly merges?: readonly (readonly string[])[];
  /** The names in each group are different actors and must never share a cluster. */
  readonly splits?: readonly (readonly string[])[];
  /** A name → the canonical label to show for its actor. */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface ActorCluster {
  readonly id: string;
  readonly label: string;
  readonly type: ActorType;
  readonly names: readonly string[];
  readonly documents: number;
  readonly mentions: number;
}

export interface ActorLinking {
  readonly clusters: readonly ActorCluster[];
  clusterOf(name: string): ActorCluster | undefined;
  /** The cluster of a name by its skeleton (`nameKey(name).skeleton`), saving the key lookup. */
  clusterOfSkeleton(skeleton: string): ActorCluster | undefined;
}

/**
 * Links actor names across documents in rule order, each rule a reason a person would
 * accept: same skeleton; a known alias; an acronym a document defines; the same person
 * with or without a middle name or initial; a surname alone when exactly one person in
 * the workspace carries it; a one-letter slip in a long name. User merges are applied
 * first and user splits veto every union.
 */
export function linkActors(documents: readonly ActorDocument[], overrides: ActorOverrides = {}, names = new NameNodes()): ActorLinking {
  return drain(linkActorsSteps(documents, overrides, names));
}

/** `linkActors` in steps: it yields now and then, so a caller can spread the work out (see `drain`). */
export function* linkActorsSteps(documents: readonly ActorDocument[], overrides: ActorOverrides, names: NameNodes): Steps<ActorLinking> {
  const budget = new WorkBudget(STEP_WORK);
  for (let d = 0; d < documents.length; d++) {
    const { path, actors, keys } = documents[d];
    for (let a = 0; a < actors.length; a++) names.add(path, actors[a], keys?.[a]);
    if (budget.spend(1 + documents[d].actors.length)) yield;
  }
  yield;
  const nodes = [...names.nodes.values()];
  const sets = new UnionFind();
  for (const node of nodes) sets.find(node.skeleton);
  yield;
  const allowed = splitVeto(overrides, names, sets);
  const join = (a: string, b: string): void => void sets.union(a, b, allowed);

  for (const group of overrides.merges ?? []) {
    const skeletons = group.map((n) => names.keyOf(n).skeleton).filter((s) => s.length > 0);
    for (const s of skeletons.slice(1)) join(skeletons[0], s);
  }
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const alias = aliasSkeleton(node.skeleton);
    if (alias && alias !== node.skeleton) join(node.skeleton, alias);
    if (i % 4096 === 4095) yield;
  }
  yield;
  for (let d = 0; d < documents.length; d++) {
    const doc = documents[d];
    if (d % 256 === 255) yield;
    for (const { acronym, expansion } of doc.acronyms ?? findAcronymDefinitions(foldTypography(doc.text))) {
      const a = names.keyOf(acronym).skeleton;
      const e = knownTail(expansion, names);
      if (names.nodes.has(a) && e && !placeAgainstBody(names.nodes.get(a), names.nodes.get(e))) join(a, e);
    }
  }
  yield;
  if (ruleOn('short-forms')) yield* linkShortForms(documents, names, join);
  if (ruleOn('legal-forms')) yield* linkLegalForms(nodes, names, join);
  if (ruleOn('compact-spellings')) yield* linkCompactSpellings(nodes, join);
  yield* linkFullNames(nodes, join);
  yield* linkPlaceForms(nodes, names, join);
  if (ruleOn('initials')) yield* linkInitials(nodes, sets, join);
  yield* linkSurnames(nodes, sets, join);
  return yield* buildClusters(names, sets, overrides);
}

/** The skeleton of the longest tail of a defined expansion that the workspace names ("Automaker Acme Corp" → "Acme Corp"). */
function knownTail(expansion: string, names: NameNodes): string | undefined {
  const words = expansion.split(/\s+/);
  for (let start = 0; start < words.length; start++) {
    const skeleton = names.keyOf(words.slice(start).join(' ')).skeleton;
    if (names.nodes.has(skeleton)) return skeleton;
  }
  return undefined;
}

/**
 * A place and a body are never one actor through a bracket: "Acme Inc. (ACME:US)" writes the
 * ticker first and the market's country after it, and "US" is not Acme.
 */
function placeAgainstBody(a: NameNode | undefined, b: NameNode | undefined): boolean {
  if (!a || !b) return false;
  return (majorityType(a.types) === 'place') !== (majorityType(b.types) === 'place');
}

function isPersonLike(node: NameNode): boolean {
  return majorityType(node.types) === 'person';
}

/** "Qeshm Island", "Island of Qeshm" and "Qeshm"; "Aoraki Mount Cook" and "Mount Cook". */
function* linkPlaceForms(nodes: readonly NameNode[], names: NameNodes, join: (a: string, b: string) => void): Steps<void> {
  const places = new Map<string, NameNode>();
  for (const node of nodes) if (majorityType(node.types) === 'place') places.set(node.skeleton, node);
  yield;
  let work = 0;
  for (const node of places.values()) {
    if (++work % 1024 === 0) yield;
    const s = node.key.skeletons;
    const bare = s.filter((t, i) => !(GEOGRAPHIC_WORDS.has(t) && (i === 0 || i === s.length - 1))).join(' ');
    if (bare !== node.skeleton && bare.length > 2 && places.has(bare)) join(node.skeleton, bare);
    const adjectiveOf = ruleOn('demonym-places') ? placeOfAdjective(node, places) : undefined;
    if (adjectiveOf) join(node.skeleton, adjectiveOf);
    if (s.length >= 3) {
      const tail = s.slice(-2).join(' ');
      if (places.has(tail) && names.nodes.has(tail)) join(node.skeleton, tail);
    }
  }
  // Long one-word place names a vowel apart are transliterations (Dnistrov, Dnestrov);
  // the first two letters must agree and the name be long, so Iran and Iraq stay apart.
  const long = [...places.values()].filter((n) => n.key.skeletons.length === 1 && n.skeleton.length >= 7);
  const byStart = new Map<string, NameNode[]>();
  for (const node of long) addTo(byStart, node.skeleton.slice(0, 2), node);
  for (const group of byStart.values()) {
    yield;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (editDistanceWithin(group[i].skeleton, group[j].skeleton, 1) <= 1) join(group[i].skeleton, group[j].skeleton);
      }
    }
  }
}

/**
 * "the Crimean Peninsula" is Crimea: an adjective made from a place the workspace names, then
 * words for land only. Waters named by an adjective are not the country ("Indian Ocean").
 */
function placeOfAdjective(node: NameNode, places: ReadonlyMap<string, NameNode>): string | undefined {
  const { tokens, skeletons } = node.key;
  if (tokens.length < 2 || !tokens.slice(1).every((t) => LAND_WORDS.has(t))) return undefined;
  const adjective = skeletons[0];
  for (const stem of [adjective.slice(0, -1), adjective.slice(0, -2), adjective.slice(0, -3) + 'a', adjective.slice(0, -3)]) {
    if (stem.length >= 4 && places.has(stem)) return stem;
  }
  return undefined;
}

const LAND_WORDS = new Set(['peninsula', 'region', 'province', 'oblast', 'island', 'islands', 'isles', 'territory', 'territories']);

const GEOGRAPHIC_WORDS = new Set(['island', 'isle', 'islands', 'province', 'region', 'county', 'district', 'city', 'town', 'village']);

/** Same first and last name with a middle name or initial added or dropped, or a one-letter slip. */
function* linkFullNames(nodes: readonly NameNode[], join: (a: string, b: string) => void): Steps<void> {
  const byLast = new Map<string, NameNode[]>();
  for (const node of nodes) {
    const s = withoutSuffix(node.key);
    if (s.length < 2 || !isPersonLike(node)) continue;
    const last = s[s.length - 1];
    const bucket = `${last[0]}:${s[0][0]}`;
    addTo(byLast, bucket, node);
  }
  yield;
  let work = 0;
  for (const bucket of byLast.values()) {
    for (let i = 0; i < bucket.length; i++) {
      work += bucket.length - i;
      if (work > 5_000) {
        work = 0;
        yield;
      }
      for (let j = i + 1; j < bucket.length; j++) {
        if (samePerson(withoutSuffix(bucket[i].key), withoutSuffix(bucket[j].key))) join(bucket[i].skeleton, bucket[j].skeleton);
      }
    }
  }
}

function samePerson(a: readonly string[], b: readonly string[]): boolean {
  const firstA = a[0];
  const firstB = b[0];
  const firstCompatible = firstA === firstB || ((firstA.length === 1 || firstB.length === 1) && firstA[0] === firstB[0]);
  if (!firstCompatible) return false;
  const lastA = a[a.length - 1];
  const lastB = b[b.length - 1];
  if (lastA === lastB) return true;
  const longest = Math.max(lastA.length, lastB.length);
  return longest >= 5 && editDistanceWithin(lastA, lastB, 1) <= 1;
}

const GENERATION = /^(?:jr|sr|ii|iii|iv)$/;

/** "Arcade Joseph Comeaux Jr." is compared as "Arcade Joseph Comeaux". */
function withoutSuffix({ tokens, skeletons }: NameKey): readonly string[] {
  return tokens.length > 2 && GENERATION.test(tokens[tokens.length - 1]) ? skeletons.slice(0, -1) : skeletons;
}

/**
 * A short form joins the one longer name it abbreviates, and stays alone when several
 * could claim it: a surname ("Witkoff"), a team or agency's last word ("Colts", "Saints"),
 * a name after a title or label that detection kept ("RB Pierre Thomas"), or a first name
 * when only one person in the workspace has it and no one has it as a surname.
 */
function* linkSurnames(nodes: readonly NameNode[], sets: UnionFind, join: (a: string, b: string) => void): Steps<void> {
  const byLast = new Map<string, NameNode[]>();
  const byFirst = new Map<string, NameNode[]>();
  const bySuffix = new Map<string, NameNode[]>();
  for (let i = 0; i < nodes.length; i++) {
    if (i % 128 === 127) yield;
    const node = nodes[i];
    const type = majorityType(node.types);
    const s = type === 'person' ? withoutSuffix(node.key) : node.key.skeletons;
    if (s.length < 2 || type === 'place' || isHyphenCompound(node)) continue;
    addTo(byLast, `${type}:${s[s.length - 1]}`, node);
    if (type === 'person') addTo(byFirst, s[0], node);
    if (s.length === 2) addTo(bySuffix, `${type}:${node.skeleton}`, node);
  }
  yield;
  const unique = (candidates: readonly NameNode[] | undefined): NameNode | undefined => {
    if (!candidates || candidates.length === 0) return undefined;
    return new Set(candidates.map((c) => sets.find(c.skeleton))).size === 1 ? candidates[0] : undefined;
  };
  for (let i = 0; i < nodes.length; i++) {
    if (i % 128 === 127) yield;
    const node = nodes[i];
    const s = node.key.skeletons;
    const type = majorityType(node.types);
    if (type === 'place') continue;
    if (s.length === 1) {
      const target = unique(byLast.get(`${type}:${node.skeleton}`)) ??
        (type === 'person' && !byLast.has(`person:${node.skeleton}`) ? unique(byFirst.get(node.skeleton)) : undefined);
      if (target) join(node.skeleton, target.skeleton);
    } else if (s.length >= 3) {
      const target = unique(bySuffix.get(`${type}:${s.slice(-2).join(' ')}`));
      if (target && target !== node) join(node.skeleton, target.skeleton);
    }
  }
}

/** "Marendia-Veloria" (as in "Marendia-Veloria talks") pairs two names; it is nobody's full name. */
function isHyphenCompound(node: NameNode): boolean {
  for (const form of node.forms.keys()) if (!/^\p{Lu}[\p{Ll}.]+-\p{Lu}[\p{Ll}.]+$/u.test(form.trim())) return false;
  return true;
}

function splitVeto(overrides: ActorOverrides, names: NameNodes, sets: UnionFind): (a: string, b: string) => boolean {
  const groups = (overrides.splits ?? []).map((group) => group.map((n) => names.keyOf(n).skeleton));
  if (groups.length === 0) return () => true;
  return (rootA, rootB) => {
    for (const group of groups) {
      const inA = group.filter((s) => sets.find(s) === rootA);
      const inB = group.filter((s) => sets.find(s) === rootB);
      if (inA.length > 0 && inB.length > 0 && inA.some((s) => !inB.includes(s))) return false;
    }
    return true;
  };
}

function* buildClusters(names: NameNodes, sets: UnionFind, overrides: ActorOverrides): Steps<ActorLinking> {
  const members = new Map<string, NameNode[]>();
  let work = 0;
  for (const node of names.nodes.values()) {
    const root = sets.find(node.skeleton);
    addTo(members, root, node);
    if (++work % 2048 === 0) yield;
  }
  const byRoot = new Map<string, ActorCluster>();
  const usedIds = new Set<string>();
  // The default sort compares UTF-16 code units, as `<` does, and is much faster than a comparator.
  const ordered = [...members.keys()].sort();
  yield;
  for (const root of ordered) {
    const group = members.get(root)!;
    if (byRoot.size % 64 === 63) yield;
    // Most names stand alone: their own counts serve as they are (read only, in the same order a copy would have).
    const { forms, types, documents, mentions } = group.length === 1 ? group[0] : mergedNode(group);
    const label = chooseLabel(forms, overrides, names);
    let id = `actor:${slugify(label) || 'unnamed'}`;
    for (let n = 2; usedIds.has(id); n++) id = `actor:${slugify(label)}-${n}`;
    usedIds.add(id);
    byRoot.set(root, { id, label, type: majorityType(types), names: [...forms.keys()].sort(), documents: documents.size, mentions });
  }
  const bySkeleton = new Map<string, ActorCluster>();
  for (const skeleton of names.nodes.keys()) {
    bySkeleton.set(skeleton, byRoot.get(sets.find(skeleton))!);
    if (bySkeleton.size % 2048 === 0) yield;
  }
  return {
    clusters: [...byRoot.values()],
    clusterOf: (name) => bySkeleton.get(names.keyOf(name).skeleton),
    clusterOfSkeleton: (skeleton) => bySkeleton.get(skeleton),
  };
}

/** The counts of several names that link into one actor. */
function mergedNode(group: readonly NameNode[]): Pick<NameNode, 'forms' | 'types' | 'documents' | 'mentions'> {
  const forms = new Map<string, number>();
  const types = new Map<ActorType, number>();
  const documents = new Set<string>();
  let mentions = 0;
  for (const node of group) {
    node.forms.forEach((n, form) => forms.set(form, (forms.get(form) ?? 0) + n));
    node.types.forEach((n, type) => types.set(type, (types.get(type) ?? 0) + n));
    node.documents.forEach((d) => documents.add(d));
    mentions += node.mentions;
  }
  return { forms, types, documents, mentions };
}

/** A user label first, then the most used multi-word form ("Steve Witkoff" over "Witkoff"). */
function chooseLabel(forms: Map<string, number>, overrides: ActorOverrides, names: NameNodes): string {
  for (const [name, label] of Object.entries(overrides.labels ?? {})) {
    const skeleton = names.keyOf(name).skeleton;
    for (const form of forms.keys()) if (names.keyOf(form).skeleton === skeleton) return label;
  }
  return mostFrequentForm(forms, isMultiWord);
}

function isMultiWord(form: string): boolean {
  return /\s/.test(form.trim());
}
