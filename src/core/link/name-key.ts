import { foldForComparison } from '../text/fold';
import { memoTable } from '../memo-tables';

/**
 * How one name is compared across documents. `tokens` are the folded words of the name;
 * `skeleton` collapses spelling and transliteration variants, so Zelenskyy, Zelensky
 * and Zelenskiy, or Dmitriev and Dmitriyev, share one skeleton.
 */
export interface NameKey {
  readonly folded: string;
  readonly tokens: readonly string[];
  readonly skeletons: readonly string[];
  readonly skeleton: string;
}

const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

const PARTICLES = new Set(['the', 'of', 'and', 'de', 'da', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn']);

export function nameKey(name: string): NameKey {
  // Words of ASCII letters one space apart (most names) come out of the folding below as
  // they went in, lower-cased: that is worked out without its normalisation and five passes.
  const folded = PLAIN_NAME.test(name) ? name.toLowerCase() : foldForComparison(name)
    .replace(/['’`]s?$/u, '')
    .replace(/\.(?=\p{L})/gu, '') // U.S. → us, keeps initials readable as letters
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A particle joins the words around it; one that ends the name is a word of its own ("Fox LA").
  const words = folded.split(' ');
  const tokens = words.filter((t, i) => t.length > 0 && !(PARTICLES.has(t) && folded.includes(' ') && i < words.length - 1));
  const skeletons = tokens.map(tokenSkeleton);
  return { folded, tokens, skeletons, skeleton: skeletons.join(' ') };
}

/** Skeletons of words met before: names share their words ("John", "Smith"), so most are. */
const skeletonOfToken = memoTable(new Map<string, string>());
const TOKEN_CACHE_LIMIT = 100_000;

function tokenSkeleton(token: string): string {
  let skeleton = skeletonOfToken.get(token);
  if (skeleton === undefined) {
    skeleton = skeletonOf(token);
    if (skeletonOfToken.size >= TOKEN_CACHE_LIMIT) skeletonOfToken.clear();
    skeletonOfToken.set(token, skeleton);
  }
  return skeleton;
}

/**
 * A phonetic-ish skeleton for Latin transliterations. It is deliberately conservative:
 * it only folds the endings and digraphs that transliteration schemes disagree on, so
 * different people rarely collapse together.
 */
export function skeletonOf(token: string): string {
  let s = token;
  s = s.replace(/(?:yy|iy|ij|ii|yi|yj)$/, 'y').replace(/i$/, 'y');
  s = s.replace(/([aeiou])y([aeiou])/g, '$1$2'); // Dmitriyev → Dmitriev, Mayorov stays close
  s = s.replace(/^ye/, 'e').replace(/^yu/, 'u').replace(/^ya/, 'a');
  s = s.replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/w/g, 'v').replace(/j/g, 'y');
  s = s.replace(/(.)\1+/g, '$1');
  return s === 'mt' ? 'mount' : s;
}
