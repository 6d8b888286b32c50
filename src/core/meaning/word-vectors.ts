import { termOf } from '../detect/claims/terms';

/**
 * What words mean, as vectors: claims worded differently are compared by how close their words
 * are ("assault" / "attack", "checks into" / "entered"). The table is keyed by claim term
 * (`termOf`), so a word and the stem claims keep of it find the same entry.
 *
 * Layout of the bytes (little-endian), written by `encodeWordVectors`:
 * "CWV1", u32 entries, u32 dimensions, u32 byte length of the keys; the keys in UTF-8, one
 * per line; zero padding to a multiple of 4; f32 scale per entry; i8 × dimensions per entry.
 * A vector is its i8 components times its scale, of length 1.
 */
export class WordVectors {
  private readonly rowOf = new Map<string, number>();

  constructor(
    readonly dimensions: number,
    keys: readonly string[],
    private readonly scales: Float32Array,
    private readonly components: Int8Array,
  ) {
    keys.forEach((key, row) => this.rowOf.set(key, row));
  }

  get size(): number {
    return this.rowOf.size;
  }

  /** The row of a claim term, or -1 when the table does not know it. */
  rowOfTerm(term: string): number {
    return this.rowOf.get(term) ?? -1;
  }

  /** Cosine of two rows (each of length 1 by construction). */
  rowSimilarity(a: number, b: number): number {
    if (a === b) return 1;
    return this.cosineOfDot(this.rowDot(a, b), a, b);
  }

  /** The dot product of two rows' i8 components: an integer, the same whichever row comes first. */
  rowDot(a: number, b: number): number {
    const dims = this.dimensions;
    const { components } = this;
    let dot = 0;
    for (let d = 0, i = a * dims, j = b * dims; d < dims; d++, i++, j++) dot += components[i] * components[j];
    return dot;
  }

  /** `rowSimilarity` from the rows' `rowDot`, scaled in the same order, so to the same last bit. */
  cosineOfDot(dot: number, a: number, b: number): number {
    return dot * this.scales[a] * this.scales[b];
  }

  /** Adds a row times `weight` into `into` from `at`. */
  addRow(row: number, weight: number, into: Float32Array, at: number): void {
    const scale = this.scales[row] * weight;
    for (let d = 0, i = row * this.dimensions; d < this.dimensions; d++, i++) into[at + d] += this.components[i] * scale;
  }

  /** A word's vector (of length 1), by its claim term; undefined for a word the table does not know. */
  vectorOf(word: string): Float32Array | undefined {
    const row = this.rowOfTerm(termOf(word.toLowerCase()) || word.toLowerCase());
    if (row < 0) return undefined;
    const out = new Float32Array(this.dimensions);
    for (let d = 0; d < this.dimensions; d++) out[d] = this.components[row * this.dimensions + d] * this.scales[row];
    return out;
  }

  /** Cosine similarity of two words' meanings, in -1..1; undefined when either is unknown. */
  similarity(wordA: string, wordB: string): number | undefined {
    const a = this.rowOfTerm(termOf(wordA.toLowerCase()) || wordA.toLowerCase());
    const b = this.rowOfTerm(termOf(wordB.toLowerCase()) || wordB.toLowerCase());
    return a < 0 || b < 0 ? undefined : this.rowSimilarity(a, b);
  }
}

const MAGIC = 'CWV1';
const HEADER = 16;

/** Reads a table from its bytes; throws a plain message when they are not one. */
export function decodeWordVectors(bytes: Uint8Array): WordVectors {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (bytes.byteLength < HEADER || magic !== MAGIC) throw new Error('word vectors: not a CWV1 table');
  const entries = view.getUint32(4, true);
  const dimensions = view.getUint32(8, true);
  const keyBytes = view.getUint32(12, true);
  const scalesAt = align4(HEADER + keyBytes);
  const componentsAt = scalesAt + entries * 4;
  if (componentsAt + entries * dimensions !== bytes.byteLength) throw new Error('word vectors: the table is truncated or damaged');
  const keys = new TextDecoder().decode(bytes.subarray(HEADER, HEADER + keyBytes)).split('\n');
  if (keys.length !== entries) throw new Error('word vectors: key count does not match the header');
  // Copied into aligned arrays: the bytes may come at any offset of a larger buffer.
  const scales = new Float32Array(entries);
  for (let e = 0; e < entries; e++) scales[e] = view.getFloat32(scalesAt + e * 4, true);
  const components = new Int8Array(bytes.buffer.slice(bytes.byteOffset + componentsAt, bytes.byteOffset + bytes.byteLength));
  return new WordVectors(dimensions, keys, scales, components);
}

/** The bytes of a table: each vector normalised, then quantised to i8 with its own scale. */
export function encodeWordVectors(keys: readonly string[], vectors: readonly ArrayLike<number>[], dimensions: number): Uint8Array {
  const keyBytes = new TextEncoder().encode(keys.join('\n'));
  const scalesAt = align4(HEADER + keyBytes.length);
  const componentsAt = scalesAt + keys.length * 4;
  const bytes = new Uint8Array(componentsAt + keys.length * dimensions);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, keys.length, true);
  view.setUint32(8, dimensions, true);
  view.setUint32(12, keyBytes.length, true);
  bytes.set(keyBytes, HEADER);
  vectors.forEach((vector, e) => {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += vector[d] * vector[d];
    norm = Math.sqrt(norm) || 1;
    let largest = 0;
    for (let d = 0; d < dimensions; d++) largest = Math.max(largest, Math.abs(vector[d] / norm));
    const scale = largest / 127 || 1;
    view.setFloat32(scalesAt + e * 4, scale, true);
    for (let d = 0; d < dimensions; d++) view.setInt8(componentsAt + e * dimensions + d, Math.round(vector[d] / norm / scale));
  });
  return bytes;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * Where the table comes from: the host (CLI, extension, a worker) says how to read its bytes;
 * they are read on first use, never at start-up, and at most once.
 */
let source: (() => Uint8Array | undefined) | undefined;
let loaded: WordVectors | null | undefined;

export function provideWordVectors(read: () => Uint8Array | undefined): void {
  source = read;
  loaded = undefined;
}

/** The table, read on first call; undefined when no host provided one or it could not be read. */
export function wordVectors(): WordVectors | undefined {
  if (loaded === undefined) {
    try {
      const bytes = source?.();
      loaded = bytes ? decodeWordVectors(bytes) : null;
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}
