/** An array, or a list built while it is iterated (`LazyList`), written as a JSON array. */
type List = Iterable<unknown> & { readonly length: number };

function isList(v: unknown): v is List {
  if (Array.isArray(v)) return true;
  // A plain object only: typed arrays and other iterables keep JSON.stringify's rendering.
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype && Symbol.iterator in v &&
    typeof (v as { length?: unknown }).length === 'number';
}

/**
 * `JSON.stringify(value, null, indent)` of an object (indent 0 or 2), in pieces: each
 * element of its array properties is stringified on its own, so a large scan is never
 * one huge string in memory. The pieces join to exactly the same text (strings in JSON
 * hold no raw line breaks, so nesting is a matter of indenting every line break).
 * Properties may also be lists built as they are iterated, written as their arrays would be.
 */
export function* jsonChunks(value: object, indent: 0 | 2 = 2): Generator<string> {
  const pretty = indent === 2;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  const stringify = (v: unknown, nest: string): string => {
    const text = JSON.stringify(v === undefined || typeof v === 'function' || typeof v === 'symbol' ? null : v, null, indent) ?? 'null';
    return pretty ? text.replace(/\n/g, `\n${nest}`) : text;
  };
  yield '{';
  for (const [i, [key, v]] of entries.entries()) {
    yield `${i === 0 ? '' : ','}${pretty ? '\n  ' : ''}${JSON.stringify(key)}:${pretty ? ' ' : ''}`;
    if (isList(v) && v.length > 0) {
      yield '[';
      let j = 0;
      for (const element of v) yield `${j++ === 0 ? '' : ','}${pretty ? '\n    ' : ''}${stringify(element, '    ')}`;
      yield pretty ? '\n  ]' : ']';
    } else if (isList(v)) {
      yield '[]';
    } else {
      yield stringify(v, '  ');
    }
  }
  yield pretty ? '\n}' : '}';
}

/**
 * The pieces as UTF-8, in buffers of about `size` bytes each written to as the pieces come,
 * rather than joined into strings that the stream then encoded (joining 27 MB of FNC-1's JSON
 * into batches was a sixth of writing it). A piece too large for one buffer goes out alone.
 */
export function* encodedBatches(chunks: Iterable<string>, size = 1 << 20): Generator<Uint8Array> {
  let buffer = Buffer.allocUnsafe(size);
  let used = 0;
  for (const chunk of chunks) {
    // A UTF-16 code unit takes at most three bytes in UTF-8: a piece that may not fit starts a new buffer.
    if (chunk.length * 3 > size - used) {
      if (used > 0) {
        yield buffer.subarray(0, used);
        buffer = Buffer.allocUnsafe(size);
        used = 0;
      }
      if (chunk.length * 3 > size) {
        yield Buffer.from(chunk, 'utf8');
        continue;
      }
    }
    used += buffer.write(chunk, used, 'utf8');
  }
  if (used > 0) yield buffer.subarray(0, used);
}
