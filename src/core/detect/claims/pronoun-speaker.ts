import type { ActorMention } from '../../model';
import type { Span } from '../../text/span';

/**
 * The person "he said" or "she said" stands for, or undefined when the text does not make it
 * clear. The last person the text gave words to is the candidate; any other person named
 * since (an addressee, someone spoken about) makes the pronoun ambiguous, and a guess would
 * give a quote to the wrong person. With no earlier speaker there is no candidate: the names
 * detection types as people include titles and places it mistook. `people` and `said` (the
 * attributions so far) are in text order.
 */
export function pronounSpeaker(
  before: number, people: readonly ActorMention[], said: readonly ({ readonly speakerSpan?: Span; readonly byPhrase?: true } | undefined)[],
  reach: number,
): ActorMention | undefined {
  const personAt = (start: number): ActorMention | undefined => people.find((p) => p.start === start);
  let speaker: ActorMention | undefined;
  for (let i = said.length - 1; i >= 0; i--) {
    const span = said[i]?.speakerSpan;
    // "according to X" names a source, not someone the next "she said" goes on quoting.
    if (!span || span.start >= before || said[i]?.byPhrase) continue;
    if (before - span.end > reach) break;
    // The latest speaker only: when that is not a person ("officials", an organisation), no older one is guessed.
    speaker = personAt(span.start);
    break;
  }
  if (!speaker) return undefined;
  for (const person of people) {
    if (person.start > speaker.start && person.end <= before && person.name !== speaker.name) return undefined;
  }
  return speaker;
}
