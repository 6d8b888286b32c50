import type { ActorMention } from '../../model';
import { firstStartingAt, type Span } from '../../text/span';

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
}

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
    if (verbDecided) continue;
    const cue = m[0].toLowerCase();
    const cueSpan = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const decided = verbAttribution(folded, sentence, cue, cueSpan, inSentence, lastPerson);
    if (decided) {
      verb = decided;
      verbDecided = true;
      // "X said …, according to footage broadcast by Y": the named speaker of the verb wins
      // over the source phrase, which then only says where the report came from.
      if (verb.speakerSpan) return verb;
      if (source) break;
    } else {
      // A reporting verb with no speaker found is still attribution ("Everyone said…").
      verb ??= { cue, cueSpan };
    }
  }
  if (source) {
    const cueSpan = { start: sentence.start + source.index, end: sentence.start + source.index + source[2].length };
    const actor = inSentence.find((a) => a.start >= cueSpan.end && a.start - cueSpan.end < 40);
    if (actor || !verb) return withSpeaker(source[2].toLowerCase(), cueSpan, actor);
  }
  return verb;
}

/** Who a reporting verb names as its speaker: an actor beside it, a speaker noun or a pronoun; undefined for none. */
function verbAttribution(
  folded: string, sentence: Span, cue: string, cueSpan: Span, inSentence: readonly ActorMention[],
  lastPerson: ((before: number) => ActorMention | undefined) | undefined,
): Attribution | undefined {
  const before = nearestActorBefore(inSentence, cueSpan.start, folded);
  const after = inSentence.find((a) => a.start >= cueSpan.end && a.start - cueSpan.end <= 3);
  const actor = after ?? before;
  if (actor) return withSpeaker(cue, cueSpan, actor);
  const noun = speakerNounNear(folded, sentence, cueSpan);
  if (noun) return { cue, cueSpan, speaker: folded.slice(noun.start, noun.end), speakerSpan: noun };
  const pronoun = /\b(he|she|they|we|i)\s+$/i.exec(folded.slice(Math.max(sentence.start, cueSpan.start - 6), cueSpan.start))
    ?? /^\s+(he|she)\b/i.exec(folded.slice(cueSpan.end, cueSpan.end + 5));
  if (!pronoun) return undefined;
  // "he said" after a quote speaks for the person the text last named.
  const person = /^(he|she)$/i.test(pronoun[1]) ? lastPerson?.(cueSpan.start) : undefined;
  return person ? withSpeaker(cue, cueSpan, person) : { cue, cueSpan, speaker: pronoun[1] };
}

function withSpeaker(cue: string, cueSpan: Span, actor: ActorMention | undefined): Attribution {
  if (!actor) return { cue, cueSpan };
  return { cue, cueSpan, speaker: actor.name, speakerSpan: { start: actor.start, end: actor.end } };
}

/**
 * The subject of a reporting verb is usually the last name before it, possibly with an
 * apposition in between ("Peskov, the Kremlin spokesman, said"): allow a short gap.
 */
function nearestActorBefore(actors: readonly ActorMention[], cueStart: number, folded: string): ActorMention | undefined {
  let best: ActorMention | undefined;
  for (const actor of actors) {
    if (actor.end > cueStart) break;
    const gap = folded.slice(actor.end, cueStart);
    if (gap.length <= 3 || (gap.length < 140 && /^['s]*\s*,[^.;:"]*,\s*$/.test(gap)) || /^'s?\s+\w+\s+$/.test(gap)) best = actor;
    else if (/^\s+(has|had|have|also|then|later|previously|again|repeatedly|publicly)\s+$/i.test(gap)) best = actor;
  }
  return best;
}

function speakerNounNear(folded: string, sentence: Span, cue: Span): Span | undefined {
  const windowStart = Math.max(sentence.start, cue.start - 40);
  const before = folded.slice(windowStart, cue.start);
  const m = SPEAKER_NOUNS.exec(before);
  if (!m || m.index + m[0].length < before.trimEnd().length - 1) return undefined;
  const start = windowStart + m.index + (m[0].length - m[0].trimStart().length);
  return { start, end: windowStart + m.index + m[0].length };
}
