import type { NumberMention } from '../model';
import type { PreparedText } from '../text/prepared-text';
import type { DetectionContext } from './context';
import { parseIso } from './numbers/calendar';
import { findDocumentDate } from './numbers/document-date';
import { resolvePartialDates } from './numbers/resolve';
import { scanFigures } from './numbers/scan';

export { findDocumentDate } from './numbers/document-date';

/**
 * Figures and dates in a document, each with its normalised value: counts with the noun they
 * count ("314 prisoners"), percentages, money, quantities, durations, ordinals, dates and date
 * ranges, relative dates. Mentions never overlap and come in text order; offsets are into
 * `doc.text` (matching runs on `doc.folded`, which has the same offsets).
 *
 * Relative dates ("last month", "on Sunday") and years missing from dates ("February 4–5")
 * are resolved against `context.documentDate`, or else the date the document states in its
 * first lines (see `findDocumentDate`); without either they keep their words in `relative`
 * and year-less dates use the ISO 8601 "--MM-DD" form.
 */
export function detectNumbers(doc: PreparedText, context: DetectionContext): NumberMention[] {
  return detectNumbersDated(doc, context.documentDate ?? findDocumentDate(doc));
}

/** `detectNumbers` for a caller that has already looked for the document's date (and may have found none). */
export function detectNumbersDated(doc: PreparedText, isoDate: string | undefined): NumberMention[] {
  const documentDate = parseIso(isoDate);
  const drafts = scanFigures({ text: doc.folded, floor: 0, documentDate });
  resolvePartialDates(drafts, doc.folded, doc.sentences, documentDate);
  return drafts.map((d) => ({ kind: 'number', type: d.type, start: d.start, end: d.end, text: doc.text.slice(d.start, d.end), value: d.value }));
}
