/**
 * Content terms of a claim sentence: lower-cased words without stop words, lightly
 * stemmed, with a few newsroom paraphrases mapped to one concept ("productive",
 * "constructive" and "fruitful" all say the talks went well). The mapping is small and
 * explicit so a reviewer can see why two sentences were matched.
 */
const STOP_WORDS = new Set(
  ('a an the and or but if then than that this these those there here of in on at to for from by with without about ' +
    'as into over under after before during between through against among is are was were be been being am has have had ' +
    'do does did will would shall should can could may might must it its it\'s they them their he him his she her we us our ' +
    'you your i me my who whom whose which what when where why how all any both each few more most other some such no nor ' +
    'not only own same so too very just also still even yet again already while until since because although though ' +
    'said says say told according added noted stated according mr mrs ms dr one two also s t').split(' '),
);

const CONCEPTS: Record<string, string> = {
  productive: '~positive', constructive: '~positive', fruitful: '~positive', useful: '~positive', positive: '~positive',
  meaningful: '~positive', substantive: '~positive', good: '~positive', progress: '~positive', successful: '~positive',
  businesslike: '~positive', encouraging: '~positive', cordial: '~positive', frank: '~positive',
  difficult: '~negative', tough: '~negative', tense: '~negative', hard: '~negative', stalled: '~negative', failed: '~negative',
  talk: '~talks', talks: '~talks', discussion: '~talks', negotiation: '~talks', meeting: '~talks', round: '~talks', dialogue: '~talks',
  negotiating: '~talks', negotiat: '~talks', meet: '~talks', discuss: '~talks', session: '~talks', sessions: '~talks',
  kill: '~casualty', wound: '~casualty', injur: '~casualty', dead: '~casualty', death: '~casualty', casualt: '~casualty',
  exchange: '~swap', swap: '~swap', releas: '~swap', trade: '~swap', free: '~swap', prisoner: '~captive', detainee: '~captive',
  pow: '~captive', captive: '~captive', ceasefire: '~truce', truce: '~truce', armistice: '~truce',
  reject: '~reject', refus: '~reject', dismiss: '~reject', agree: '~agree', accept: '~agree', deal: '~agreement', agreement: '~agreement',
};

/** Crude suffix stripping: enough to meet "exchanged" / "exchange" / "exchanges". */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ations?|ings?|edly|ed|es|ly|s)$/, '').replace(/(.)\1$/, '$1');
}

export function claimTerms(folded: string): string[] {
  const terms = new Set<string>();
  for (const match of folded.toLowerCase().matchAll(/\p{L}[\p{L}'-]*/gu)) {
    const word = match[0].replace(/'s$/, '');
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    const stemmed = stem(word);
    terms.add(CONCEPTS[word] ?? CONCEPTS[stemmed] ?? stemmed);
  }
  return [...terms];
}

/** Negation flips what a sentence asserts; claims that differ only in it contradict. */
export function isNegated(folded: string): boolean {
  return /\b(not|no|never|denied|denies|deny|rejected|refused|failed to|n't|neither|nor)\b/i.test(folded);
}

const TOPICS = ['~talks', '~agreement', '~truce', '~swap'];
const STANCES = ['~positive', '~negative'];

/**
 * An evaluation of a topic ("the talks were productive", "described the meeting as
 * constructive"): sources that evaluate the same topic with the same stance make the same
 * claim however they word it. Returns e.g. "~talks~positive", or undefined.
 */
export function assessmentOf(terms: readonly string[]): string | undefined {
  const topic = TOPICS.find((t) => terms.includes(t));
  const stance = STANCES.find((t) => terms.includes(t));
  return topic && stance ? `${topic}${stance}` : undefined;
}
