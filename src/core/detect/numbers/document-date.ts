import type { PreparedText } from '../../text/prepared-text';
import { parseDayFirst, parseIsoDate, parseMonthFirst } from './dates';
import type { Draft } from './draft';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from './lexicon';

const LINES = 8;
const HEAD = 2000;
const CANDIDATE = new RegExp(`\\b(?:${MONTH_NAMES}|${MONTH_ABBREVIATIONS})\\b|\\b\\d`, 'gi');
const CUE = /\b(?:published|posted|updated|date|dated|filed|first published|last modified)\b[^A-Za-z0-9]*$/i;
const DATELINE_TAIL = /^\.?\s*(?:\([^)]{1,40}\)\s*)?(?:-|:|$)/;

function fullDateAt(folded: string, pos: number): Draft | undefined {
  const d = parseIsoDate(folded, pos) ?? parseDayFirst(folded, pos) ?? parseMonthFirst(folded, pos, pos);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d.value.iso ?? '') ? d : undefined;
}

/**
 * The date an article was published, from its first lines: a "Published …" or "Updated …"
 * line, a line that is little more than a date ("By Jane Doe | Feb. 6, 2026"), or a
 * dateline ("KYIV, Feb. 6, 2026 (Reuters) - …"). Only a full date with a year counts.
 */
export function findDocumentDate(doc: PreparedText): string | undefined {
  const text = doc.folded.slice(0, HEAD);
  let lines = 0;
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    if (line[0].trim().length === 0) continue;
    if (++lines > LINES) break;
    const start = line.index ?? 0;
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(line[0]); m; m = CANDIDATE.exec(line[0])) {
      const at = start + m.index;
      const date = fullDateAt(text, at);
      if (!date) continue;
      const before = text.slice(start, at);
      const after = text.slice(date.end, start + line[0].length);
      const rest = (before + after).replace(/[^A-Za-z0-9]+/g, ' ').trim();
      if (CUE.test(before) || rest.length <= 40 || (at - start <= 80 && DATELINE_TAIL.test(after))) {
        return date.value.iso;
      }
      CANDIDATE.lastIndex = date.end - start;
    }
  }
  return undefined;
}
