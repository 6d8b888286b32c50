import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bundles in dist/ find the table beside them; the compiled tests (out/src/cli) in the repository's data/. */
const PLACES = [join(__dirname, 'word-vectors.bin'), join(__dirname, '..', '..', '..', 'data', 'word-vectors.bin')];

/** The word-meaning table's bytes, or undefined when it is not installed: claims are then linked by their words alone. */
export function readWordVectorsFile(): Uint8Array | undefined {
  const place = PLACES.find((candidate) => existsSync(candidate));
  return place ? readFileSync(place) : undefined;
}
