import { promises as fs } from 'node:fs';
import { decodeArticle, tooLarge, type DecodedArticle } from '../core/text/decode';

/**
 * Reads an article on the extension host's own disk. Through workspace.fs every stat and read
 * is a round trip to the editor's file service: in code-server, 2,587 articles took 3.3 s that
 * way with 16 in flight against 0.46 s read here, and indexing waited on it. The size is
 * checked first, so a huge file is never loaded. Only the Node extension host has it; the web
 * one reads everything through workspace.fs.
 */
export async function readFromDisk(fsPath: string, maxBytes: number): Promise<DecodedArticle> {
  const handle = await fs.open(fsPath, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return tooLarge(size, maxBytes);
    return decodeArticle(await handle.readFile(), maxBytes);
  } finally {
    await handle.close();
  }
}
