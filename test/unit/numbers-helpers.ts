import { strict as assert } from 'node:assert';
import { detectNumbers } from '../../src/core/detect/numbers';
import type { NumberMention } from '../../src/core/model';
import { prepareText } from '../../src/core/text/prepared-text';

/** Every figure in `text`, with `documentDate` when given. */
export function figures(text: string, documentDate?: string): NumberMention[] {
  return detectNumbers(prepareText(text), { documentDate });
}

/** The one figure whose text is exactly `span`; fails the test when there is none. */
export function figure(text: string, span: string, documentDate?: string): NumberMention {
  const all = figures(text, documentDate);
  const found = all.find((m) => m.text === span);
  assert.ok(found, `no figure "${span}" in ${JSON.stringify(all.map((m) => m.text))}`);
  assert.equal(text.slice(found.start, found.end), found.text, 'text is the slice of the original at the offsets');
  return found;
}

/** The texts of all figures, in order. */
export function spans(text: string, documentDate?: string): string[] {
  return figures(text, documentDate).map((m) => m.text);
}
