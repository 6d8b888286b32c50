import { SIDECAR_HEADER } from './sidecar-sync';

const HEADER_LINES = new Set(SIDECAR_HEADER.split('\n').map((line) => `#${line}`.trim()));

/**
 * Whether a person wrote comments into a sidecar: the header Corroborate writes does not
 * count. A `#` after white space anywhere counts, even inside a quoted note, so a doubt
 * keeps the file rather than losing a comment.
 */
export function hasOwnComments(source: string): boolean {
  return source.split(/\r?\n/).some((line) => {
    const trimmed = line.trim();
    if (HEADER_LINES.has(trimmed)) return false;
    return trimmed.startsWith('#') || /\s#/.test(line);
  });
}
