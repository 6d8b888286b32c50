/**
 * A file rewritten by Corroborate keeps the byte-order mark and the line endings of the text it
 * replaces, so a diff of a person's decisions file shows the decision and nothing else.
 */
export function inStyleOf(original: string, printed: string): string {
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  return bom + (original.includes('\r\n') ? printed.replace(/\r?\n/g, '\r\n') : printed);
}
