import { editDistanceWithin } from './edit-distance';

/** Names, lower-cased, as words. */
function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/**
 * Whether two actor clusters' names may still be one actor that linking kept apart: one name's
 * words all in the other ("Obama", "Barack Obama"), the same surname, each allowing a spelling a
 * few letters off ("Tom Fuentes", "Tom Fuentez"; "Nouhad Mashnuq", "Nohad Machnouk"), or the same
 * given name, written alike, before different surnames: one story that quotes a "Dylan Maxwell"
 * and a "Dylan Thomas" in the same words is far more often one person under a second surname (a
 * name used online, a married name, a misreading) than two people. Asked before two sources are
 * said to give a quote to different speakers, where keeping them apart wrongly is a false alarm a
 * person sees; a given name only spelt alike ("Nenad", "Senad") is not enough.
 */
export function mayBeSameActor(namesA: readonly string[], namesB: readonly string[]): boolean {
  for (const a of namesA) {
    const wordsA = wordsOf(a);
    for (const b of namesB) {
      const wordsB = wordsOf(b);
      if (wordsA.length === 0 || wordsB.length === 0) continue;
      const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
      if (shorter.every((w) => longer.some((v) => similarWord(w, v)))) return true;
      if (Math.min(wordsA.length, wordsB.length) < 2) continue;
      if (similarWord(wordsA[wordsA.length - 1], wordsB[wordsB.length - 1]) || sameGivenName(wordsA[0], wordsB[0])) return true;
    }
  }
  return false;
}

/** A given name, not an initial ("J."): the same letters. */
function sameGivenName(a: string, b: string): boolean {
  return a.length > 1 && a === b;
}

/** The same word, or one spelt or transliterated a little differently ("Cook", "Cooke"; "Mashnuq", "Machnouk"). */
function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 3) return false;
  const limit = Math.max(1, Math.floor(Math.max(a.length, b.length) * 0.4));
  return editDistanceWithin(a, b, limit) <= limit;
}
