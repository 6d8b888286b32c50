import type { ActorMention } from '../../model';
import { firstStartingAt, type Span } from '../../text/span';
import { ADDRESS_VERBS, looksLikeOutlet, MEDIA_VERBS, OBJECT_VERBS } from './channel';

/** Reporting verbs in the forms news copy uses them. Lower-case. */
const REPORTING_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'stated', 'states', 'claimed', 'claims',
  'added', 'adds', 'noted', 'notes', 'warned', 'warns', 'confirmed', 'confirms', 'insisted', 'insists',
  'argued', 'argues', 'reported', 'reports', 'estimated', 'estimates', 'mentioned', 'denied', 'denies',
  'acknowledged', 'acknowledges', 'urged', 'urges', 'wrote', 'writes', 'described', 'describes',
  'characterized', 'characterised', 'explained', 'explains', 'declared', 'declares', 'asserted', 'asserts',
  'maintained', 'maintains', 'suggested', 'suggests', 'predicted', 'predicts', 'admitted', 'admits',
  'emphasized', 'emphasised', 'stressed', 'stresses', 'revealed', 'reveals', 'disclosed', 'pledged',
  'promised', 'vowed', 'hinted', 'hints', 'cautioned', 'indicated', 'indicates', 'tweeted', 'posted',
  'telling', 'saying', 'called', 'spoke', 'speaks', 'calls', 'accused', 'accuses', 'alleged', 'alleges', 'recalled', 'replied', 'responded',
];

const VERB_PATTERN = `(?:${REPORTING_VERBS.join('|')})`;
/** Phrases that name a source, in any case ("According to", "PER"). */
const SOURCE_PHRASES = ['according to', 'in the words of', 'cited by', 'quoted by', 'as reported by', 'per'];

/** `[Aa][Cc]…`: what the `i` flag does for ASCII letters, in an expression whose other part keeps case. */
function anyCase(phrase: string): string {
  return phrase.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`);
}

/**
 * The reporting verbs, case kept ("United States" or a headline's "Says" is not one), and the
 * source phrases, any case, each in its own group: one expression, so a sentence is read once
 * for both. Without the `i` flag, `[Aa]` matches what `a` with it does: only those two.
 */
const CUES = new RegExp(`\\b(?:(${VERB_PATTERN})\\b|(${SOURCE_PHRASES.map(anyCase).join('|')})\\s+)`, 'g');

/** Nouns that can stand for a speaker when no name is given ("officials said"). */
const SPEAKER_NOUNS = /\b((?:the\s+|a\s+|an\s+|\w+\s+)?(?:officials?|spokes(?:man|woman|person)|ministry|ministers?|envoys?|analysts?|experts?|diplomats?|sources?|negotiators?|government|kremlin|president|police|witnesses|residents|authorities|statement|observers|report|delegations?|aides?|everyone|everybody|both sides|all sides|the sides|the parties|representatives|leaders?|team))\b/i;

export interface Attribution {
  readonly cue: string;
  readonly cueSpan: Span;
  readonly speaker?: string;
  readonly speakerSpan?: Span;
  /** The outlet or programme that relayed the words ("told CNN", "according to Reuters"), never the speaker. */
  readonly via?: string;
  readonly viaSpan?: Span;
  /** Set when the speaker comes from a phrase ("according to X"), not the subject of a reporting verb. */
  readonly byPhrase?: true;
}

/** Source phrases whose name is always the channel: "as reported by X" says who relayed it, not who said it. */
const RELAY_PHRASES = new Set(['cited by', 'quoted by', 'as reported by']);

/**
 * Finds who a sentence attributes its content to (`actors` sorted by start). Named actors next to the cue win;
 * otherwise a speaker noun phrase ("officials") or a pronoun is kept as written.
 */
export function findAttribution(
  folded: string, sentence: Span, actors: readonly ActorMention[], lastPerson?: (before: number) => ActorMention | undefined,
): Attribution | undefined {
  const text = folded.slice(sentence.start, sentence.end);
  const inSentence: ActorMention[] = [];
  for (let i = firstStartingAt(actors, sentence.start); i < actors.length && actors[i].start <= sentence.end; i++) {
    if (actors[i].end <= sentence.end) inSentence.push(actors[i]);
  }
  // One reading for both kinds of cue: the reporting verbs in order until one names its
  // speaker, and the first source phrase.
  let verb: Attribution | undefined;
  let verbDecided = false;
  let source: RegExpExecArray | undefined;
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m; m = CUES.exec(text)) {
    if (m[2] !== undefined) {
      source ??= m;
      if (verbDecided) break;
      // "as reported by" holds a reporting verb: the reading goes on inside the phrase.
      CUES.lastIndex = m.index + 1;
      continue;
    }
    // A cue inside an aside ("(who X suggests was there), said") is not the sentence's.
    if (verbDecided || insideParentheses(text, m.index)) continue;
    const cue = m[1].toLowerCase();
    const cueSpan = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const decided = verbAttribution(folded, sentence, cue, cueSpan, inSentence, lastPerson);
    if (decided) {
      verb = decided;
      verbDecided = true;
      // "X said …, according to footage broadcast by Y": the named speaker of the verb wins
      // over the source phrase, which then only says where the report came from; the reading
      // goes on to find that phrase.
      if (source) break;
    } else {
      // A reporting verb with no speaker found is still attribution ("Everyone said…").
      verb ??= { cue, cueSpan };
    }
  }
  if (!source) return verb;
  const phrase = source[2].toLowerCase();
  const cueSpan = { start: sentence.start + source.index, end: sentence.start + source.index + source[2].length };
  const actor = inSentence.find((a) => a.start >= cueSpan.end && a.start - cueSpan.end < 40);
  const channel = actor !== undefined
    && (looksLikeOutlet(actor, folded) || (actor.type === 'organization' && (verb?.speakerSpan !== undefined || RELAY_PHRASES.has(phrase))));
  if (verb?.speakerSpan) return channel && actor && !verb.via ? withVia(verb, actor) : verb;
  // "he told NBC, according to Apple Insider": the verb has its speaker, only unresolved; the phrase names the channel.
  if (verb?.speaker && actor && actor.type !== 'place') return verb.via ? verb : withVia(verb, actor);
  if (channel && actor) return withVia(verb ?? { cue: phrase, cueSpan }, actor);
  if (actor?.type === 'place') return verb ?? { cue: phrase, cueSpan };
  if (actor) return { ...withSpeaker(phrase, cueSpan, actor), byPhrase: true };
  return verb ?? { cue: phrase, cueSpan };
}

function withSpeaker(cue: string, cueSpan: Span, actor: ActorMention | undefined): Attribution {
  if (!actor) return { cue, cueSpan };
  return { cue, cueSpan, speaker: actor.name, speakerSpan: { start: actor.start, end: actor.end } };
}

/** Whether a name after a cue closes its clause, as an inverted speaker does ("…," said Smith, a spokesman). */
function endsClause(folded: string, name: ActorMention): boolean {
  return /^(?:\s*(?:[,.;:!?"')\]]|$)|\s+(?:in|on|at|during|told|wrote|added|who|from|of|according)\b)/.test(folded.slice(name.end, name.end + 14));
}

function insideParentheses(text: string, at: number): boolean {
  let depth = 0;
  for (let i = text.indexOf('('); i >= 0 && i < at; i = text.indexOf('(', i + 1)) depth++;
  for (let i = text.indexOf(')'); i >= 0 && i < at; i = text.indexOf(')', i + 1)) depth--;
  return depth > 0;
}

function withVia(attribution: Attribution, channel: ActorMention): Attribution {
  return { ...attribution, via: channel.name, viaSpan: { start: channel.start, end: channel.end } };
}

/**
 * Who a reporting verb names as its speaker: an actor beside it, a speaker noun or a pronoun;
 * undefined for none. An outlet beside it is the channel (`via`), never the speaker.
 */
function verbAttribution(
  folded: string, sentence: Span, cue: string, cueSpan: Span, inSentence: readonly ActorMention[],
  lastPerson: ((before: number) => ActorMention | undefined) | undefined,
): Attribution | undefined {
  let via: ActorMention | undefined;
  let speaker: ActorMention | undefined;
  const next = inSentence.find((a) => a.start >= cueSpan.end && /^\s*(?:the\s+)?["']?$/i.test(folded.slice(cueSpan.end, a.start)));
  // "said Woods' agent, Mark Steinberg": the owner is not the speaker; the named agent is.
  const after = next && /^'s?\s/.test(folded.slice(next.end, next.end + 3)) ? ownedPerson(folded, inSentence, next) : next;
  if (after && ADDRESS_VERBS.has(cue) && (after.type === 'organization' || looksLikeOutlet(after, folded))) via = after;
  // "said Smith." is inverted; "says Bale will have…" is not: there Bale is what is said.
  else if (after && !OBJECT_VERBS.has(cue) && after.type !== 'place') {
    // "said National Security Council spokeswoman Caitlin Hayden", "said Hunter spokesman Joe Kasper":
    // the first name is whom the speaker works for.
    const titled = personAfterTitle(folded, inSentence, after);
    if (titled && endsClause(folded, titled)) speaker = titled;
    else if (!endsClause(folded, after)) speaker = undefined;
    else if (looksLikeOutlet(after, folded) || (after.type === 'organization' && MEDIA_VERBS.has(cue))) via = after;
    else speaker = after;
  }
  if (!speaker) {
    const before = nearestActorBefore(inSentence, cueSpan.start, folded);
    if (before && (looksLikeOutlet(before, folded) || (before.type === 'organization' && MEDIA_VERBS.has(cue)))) via ??= before;
    else if (before && before.type !== 'place') speaker = before;
  }
  // "said Wonder Mike and Master Gee": words given to several people at once belong to none of them alone.
  if (speaker && jointSpeaker(folded, inSentence, speaker)) return { cue, cueSpan };
  const found = speaker ? withSpeaker(cue, cueSpan, speaker) : unnamedSpeaker(folded, sentence, cue, cueSpan, lastPerson);
  if (!found) return via ? withVia({ cue, cueSpan }, via) : undefined;
  return via ? withVia(found, via) : found;
}

/** A speaker noun ("officials said") or a pronoun, resolved to a person only when `lastPerson` is sure of one. */
function unnamedSpeaker(
  folded: string, sentence: Span, cue: string, cueSpan: Span, lastPerson: ((before: number) => ActorMention | undefined) | undefined,
): Attribution | undefined {
  const noun = speakerNounNear(folded, sentence, cueSpan);
  if (noun) return { cue, cueSpan, speaker: folded.slice(noun.start, noun.end), speakerSpan: noun };
  const pronoun = /\b(he|she|they|we|i)\s+(?:(?:has|had|have|also|then|later|once|again|\w+ly)\s+)?$/i
    .exec(folded.slice(Math.max(sentence.start, cueSpan.start - 20), cueSpan.start))
    ?? /^\s+(he|she)\b/i.exec(folded.slice(cueSpan.end, cueSpan.end + 5));
  if (!pronoun) return undefined;
  // "he said" after a quote speaks for the person the text last gave words to.
  const person = /^(he|she)$/i.test(pronoun[1]) ? lastPerson?.(cueSpan.start) : undefined;
  return person ? withSpeaker(cue, cueSpan, person) : { cue, cueSpan, speaker: pronoun[1] };
}

function jointSpeaker(folded: string, inSentence: readonly ActorMention[], speaker: ActorMention): boolean {
  return inSentence.some((other) => other !== speaker && other.type === 'person'
    && ((other.start >= speaker.end && /^\s+(?:and|&)\s+$/.test(folded.slice(speaker.end, other.start)))
      || (other.end <= speaker.start && /^\s+(?:and|&)\s+$/.test(folded.slice(other.end, speaker.start)))));
}

/** The person named after a possessive and a role: "Woods' agent, Mark Steinberg". */
function ownedPerson(folded: string, inSentence: readonly ActorMention[], owner: ActorMention): ActorMention | undefined {
  const next = inSentence.find((a) => a.start >= owner.end + 2);
  if (next?.type !== 'person' || next.start - owner.end > 50) return undefined;
  return /^'s?\s+[\p{L} -]+,\s*$/u.test(folded.slice(owner.end, next.start)) ? next : undefined;
}

/** The person a role leads to after a name: "National Security Council spokeswoman Caitlin Hayden". */
function personAfterTitle(folded: string, inSentence: readonly ActorMention[], employer: ActorMention): ActorMention | undefined {
  const next = inSentence.find((a) => a.start >= employer.end);
  if (next?.type !== 'person' || next.start - employer.end > 40) return undefined;
  const role = folded.slice(employer.end, next.start);
  return /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(role) && !/\b(?:and|or|with|to|of|for|by)\b/.test(role) ? next : undefined;
}

/**
 * The subject of a reporting verb is usually the last name before it, possibly with an
 * apposition in between ("Peskov, the Kremlin spokesman, said"): allow a short gap. A name
 * inside that apposition ("Buddle, a professor at McGill University, said") or after a
 * preposition ("the mother of James Foley said") is not the subject.
 */
function nearestActorBefore(actors: readonly ActorMention[], cueStart: number, folded: string): ActorMention | undefined {
  let best: ActorMention | undefined;
  let head: ActorMention | undefined;
  for (const actor of actors) {
    if (actor.end > cueStart) break;
    const gap = folded.slice(actor.end, cueStart);
    // "Peskov, the Kremlin spokesman, said", and copy that never closes it: "Donilon, a spokesman for X says".
    const apposition = gap.length < 140 && (/^\s*,[^.;:"]*,\s*$/.test(gap) || /^\s*,\s*(?:a|an|the|who)\s[^.;:"]*$/i.test(gap));
    // "the Kremlin's spokesman said": an organisation speaks through its spokesman; a person's mother does not speak for them.
    const possessor = /^'s?\s+\w+\s+$/.test(gap) && actor.type === 'organization';
    // Not "Hunter's claims:", where the cue is a noun; not "…, X, said", the end of an apposition.
    const near = (gap.length <= 3 && !/^\.?\s*,\s*$/.test(gap) && !/^'s?\s*$/.test(gap)) || apposition || possessor
      || /^\s+(has|had|have|also|then|later|previously|again|repeatedly|publicly)\s+$/i.test(gap);
    // A name in parentheses ("Hunter (R-Calif.) said") is an aside, not the subject.
    if (!near || folded.charCodeAt(actor.start - 1) === 40 || dependentName(folded, actors, actor)) continue;
    if (apposition && actor.type !== 'place') head = actor;
    best = actor;
  }
  return head && best && best.start > head.end ? head : best;
}

/**
 * Whether a name hangs off another word rather than standing as a subject: after a preposition,
 * possibly past a title ("a spokesman for Archbishop Sean O'Malley"), or owned by such a name
 * ("from McGill University's Department of …").
 */
function dependentName(folded: string, actors: readonly ActorMention[], actor: ActorMention): boolean {
  let start = actor.start;
  for (let hops = 0; hops < 3; hops++) {
    const before = folded.slice(Math.max(0, start - 40), start);
    if (/\b(?:of|for|at|from|with|by|to|on|about|against|into|toward|towards)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(before)) return true;
    const owner = /'s?\s+$/.exec(before);
    const owning = owner ? actors.find((a) => a.end === start - owner[0].length) : undefined;
    if (!owning) return false;
    start = owning.start;
  }
  return false;
}

function speakerNounNear(folded: string, sentence: Span, cue: Span): Span | undefined {
  const windowStart = Math.max(sentence.start, cue.start - 40);
  const before = folded.slice(windowStart, cue.start);
  const m = SPEAKER_NOUNS.exec(before);
  if (!m || m.index + m[0].length < before.trimEnd().length - 1) return undefined;
  const start = windowStart + m.index + (m[0].length - m[0].trimStart().length);
  return { start, end: windowStart + m.index + m[0].length };
}
