/**
 * Article text placed in Markdown must stay text: no links, images, HTML or emphasis it
 * did not ask for, no theme icons (`$(…)` in hovers), no autolinks (`https:`), and no table
 * breakage. Every Markdown-active character is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~"'$&:]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/**
 * Text for a table cell or list item in a report: one line, cut to `max` characters, with
 * the characters that can make links, HTML, emphasis or code escaped, and "://" broken so
 * no address with a scheme autolinks. A viewer that links bare domains and e-mail addresses
 * (markdown-it's linkify) still links those: plain web and mail links, never a command.
 * Lighter than `escapeMarkdown` so the raw report stays readable: a dash or a full stop
 * inside a line cannot start a list or a heading.
 */
export function cell(text: string, max = 120): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
  return cut.replace(/[\\`*_{}[\]<>|~$!]/g, '\\$&').replace(/^([#>+-])/, '\\$1').replace(/:\/\//g, ':\\/\\/');
}
