/**
 * Article text placed in Markdown must stay text: no links, images, HTML or emphasis it
 * did not ask for, no theme icons (`$(…)` in hovers), no autolinks (`https:`), and no table
 * breakage. Every Markdown-active character is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~"'$&:]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** Text for a table cell: escaped, one line, and cut to `max` characters with an ellipsis. */
export function cell(text: string, max = 120): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return escapeMarkdown(oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine);
}
