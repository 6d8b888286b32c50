import type { ActorMention } from '../../model';

/**
 * Words that make an organisation's name read as a news outlet or programme. A generic lexicon
 * of how outlets are named in English, not a list of outlets: an outlet named otherwise ("CNN",
 * "Reuters") is known by where it stands instead ("told CNN", "according to Reuters, X said").
 */
const MEDIA_WORDS = new Set([
  'news', 'times', 'post', 'press', 'radio', 'tv', 'television', 'network', 'agency', 'journal', 'daily', 'weekly',
  'herald', 'tribune', 'gazette', 'broadcasting', 'broadcast', 'channel', 'magazine', 'newspaper', 'media', 'wire',
  'telegraph', 'chronicle', 'courier', 'dispatch', 'reporter', 'bulletin', 'newswire',
]);

/**
 * Whether a name reads as an outlet: a site's address ("Metro.co.uk", whatever detection typed
 * it as), or an organisation whose name holds a word outlets are named with ("Sky News",
 * "GlobalPost", "The Daily Mirror").
 */
export function looksLikeOutlet(actor: ActorMention, folded: string): boolean {
  if (/^\.(?:com|co\.uk|co|org|net|info|tv)\b/i.test(folded.slice(actor.end, actor.end + 7))) return true;
  if (actor.type !== 'organization') return false;
  const words = actor.name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[^\p{L}]+/u);
  for (const word of words) if (MEDIA_WORDS.has(word)) return true;
  return false;
}

/**
 * Verbs whose object is whoever was spoken to or about ("told CNN", "accused ISIS of"): a
 * name after them is never their speaker. The others may take the speaker after them ("said Smith").
 */
export const OBJECT_VERBS = new Set([
  'told', 'tells', 'telling', 'accused', 'accuses', 'urged', 'urges', 'called', 'calls', 'described', 'describes',
  'characterized', 'characterised', 'promised', 'pledged', 'vowed', 'denied', 'denies', 'suggested', 'suggests',
  'predicted', 'predicts', 'mentioned', 'estimated', 'estimates', 'indicated', 'indicates', 'hinted', 'hints',
  'revealed', 'reveals', 'disclosed', 'spoke', 'speaks', 'alleged', 'alleges', 'urged',
]);

/** Verbs that tell a speaker to someone: an organisation after them is the channel ("told Face the Nation"). */
export const ADDRESS_VERBS = new Set(['told', 'tells', 'telling', 'spoke', 'speaks']);

/** Verbs outlets use of themselves: "Reuters reported", "the BBC reports", "the Times wrote". */
export const MEDIA_VERBS = new Set(['reported', 'reports', 'wrote', 'writes', 'posted', 'tweeted']);
