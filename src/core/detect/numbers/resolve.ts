import type { Span } from '../../text/span';
import { sentenceAt } from '../../text/sentences';
import { closestYear, isoDate } from './calendar';
import type { DateParts, Draft, PartialDate } from './draft';

interface YearAt {
  readonly at: number;
  readonly year: number;
}

function nearestIn(years: readonly YearAt[], from: number, to: number, at: number): number | undefined {
  let best: YearAt | undefined;
  for (const y of years) {
    if (y.at < from || y.at >= to) continue;
    if (!best || Math.abs(y.at - at) < Math.abs(best.at - at)) best = y;
  }
  return best?.year;
}

/**
 * The year of a date written without one, in this order: a year written in the same
 * sentence ("In January 2026 … and on February 4"); the document's date, taking the year
 * that puts the day nearest to it; a year written earlier on the same line. Without any,
 * the year stays unknown.
 */
function yearFor(draft: Draft, years: readonly YearAt[], text: string, sentences: readonly Span[], doc?: DateParts): number | undefined {
  const sentence = sentenceAt(sentences, draft.start);
  const inSentence = sentence && nearestIn(years, sentence.start, sentence.end, draft.start);
  if (inSentence !== undefined) return inSentence;
  if (doc) return closestYear(doc, draft.partial!.month, draft.partial!.day);
  const lineStart = text.lastIndexOf('\n', draft.start) + 1;
  return nearestIn(years, lineStart, draft.start, draft.start);
}

function fill(draft: Draft, partial: PartialDate, year: number | undefined): void {
  draft.value.iso = isoDate(year, partial.month, partial.day);
  if (partial.endDay !== undefined) {
    const endMonth = partial.endMonth ?? partial.month;
    const endYear = year === undefined ? undefined : endMonth < partial.month ? year + 1 : year;
    draft.value.isoEnd = isoDate(endYear, endMonth, partial.endDay);
  }
}

const dayKey = (p: PartialDate): string => `${p.month}-${p.day ?? ''}`;

/**
 * Gives every year-less date its year, or the ISO "--MM-DD" form when none can be known.
 * A day the document dates once ("February 4–5" after "January 2026") keeps that year
 * wherever else the document names it ("February 4 and 5" in its first line).
 */
export function resolvePartialDates(drafts: Draft[], text: string, sentences: readonly Span[], doc?: DateParts): void {
  const years: YearAt[] = [];
  for (const d of drafts) if (d.explicitYear !== undefined) years.push({ at: d.start, year: d.explicitYear });
  const found: (number | undefined)[] = [];
  const known = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (!d.partial) return;
    const year = yearFor(d, years, text, sentences, doc);
    found[i] = year;
    if (year !== undefined && !known.has(dayKey(d.partial))) known.set(dayKey(d.partial), year);
  });
  drafts.forEach((d, i) => {
    if (!d.partial) return;
    fill(d, d.partial, found[i] ?? known.get(dayKey(d.partial)));
    delete d.partial;
  });
}
