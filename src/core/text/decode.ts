/** Why a file is not analysed; shown to the user as is. `missing`: it was deleted before it could be read. */
export type SkipReason = 'binary' | 'too-large' | 'unreadable' | 'missing';

export type DecodedArticle =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly warning?: string }
  | { readonly ok: false; readonly reason: SkipReason; readonly message: string };

const SNIFF_BYTES = 8192;

/**
 * Turns raw bytes into article text without ever throwing: UTF-8 (with or without BOM)
 * and UTF-16 with a BOM are decoded; bytes that are not valid UTF-8 are read as
 * Windows-1252, the usual culprit for old newsroom exports; files with NUL bytes or
 * many control characters are binary and skipped.
 */
export function decodeArticle(bytes: Uint8Array, maxBytes: number): DecodedArticle {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(bytes.subarray(2), 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(bytes.subarray(2), 'utf-16be');
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, reason: 'binary', message: 'looks like a binary file (NUL or control bytes)' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(body);
    return { ok: true, text, encoding: 'windows-1252', warning: 'not valid UTF-8; read as Windows-1252' };
  }
}

/** Lets callers refuse a file by its size before reading it. */
export function tooLarge(size: number, maxBytes: number): DecodedArticle {
  return { ok: false, reason: 'too-large', message: `${formatBytes(size)} is over the size limit of ${formatBytes(maxBytes)}` };
}

function decoded(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedArticle {
  return { ok: true, text: new TextDecoder(encoding).decode(bytes), encoding };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
