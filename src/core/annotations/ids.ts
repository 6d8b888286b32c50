/** Crockford's base 32 in lower case: no i, l, o or u, so an id read aloud or retyped survives. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const ID_LENGTH = 8;

/** A source of uniform numbers in [0, 1), like `Math.random`; tests pass a seeded one. */
export type RandomSource = () => number;

/** Ids the writer generates; hand-written ids only need to match `ANNOTATION_ID`. */
export const GENERATED_ID = /^a-[0-9a-hjkmnp-tv-z]{8}$/;
export const ANNOTATION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/**
 * A new id that is not in `taken`. 32^8 ids make a collision within one sidecar
 * unlikely; counting on from a taken id makes it impossible even with a poor source.
 */
export function newAnnotationId(random: RandomSource, taken: ReadonlySet<string> = new Set()): string {
  const digits: number[] = [];
  for (let i = 0; i < ID_LENGTH; i++) {
    const r = random();
    digits.push(Math.min(ALPHABET.length - 1, Math.max(0, Math.floor((Number.isFinite(r) ? r : 0) * ALPHABET.length))));
  }
  for (let attempt = 0; attempt <= taken.size; attempt++) {
    const id = 'a-' + digits.map((d) => ALPHABET[d]).join('');
    if (!taken.has(id)) return id;
    increment(digits);
  }
  throw new Error('unreachable: more ids tried than are taken');
}

function increment(digits: number[]): void {
  for (let i = digits.length - 1; i >= 0; i--) {
    digits[i] = (digits[i] + 1) % ALPHABET.length;
    if (digits[i] !== 0) return;
  }
}
