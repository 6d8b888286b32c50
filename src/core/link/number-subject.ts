import type { NumberMention } from '../model';

/**
 * What a figure is about, reduced to a comparable key: the kind of thing counted and
 * the event it counts. "nearly 2 million people killed or wounded" and "tens of
 * thousands of people have been killed" are both people / casualties; "314 prisoners
 * would be released" and "157 prisoners each" are both prisoners / exchange.
 */
// A Map: units come from any article's words, and an object answers "constructor" from its prototype.
const UNIT_CLASSES: ReadonlyMap<string, string> = new Map(Object.entries({
  // Words for people in general only: civilians, soldiers, fighters or children are a part of the people
  // killed, not another count of them, so each is its own subject.
  person: 'people', people: 'people', individual: 'people', casualty: 'people', victim: 'people', life: 'people', name: 'people',
  prisoner: 'prisoner', 'prisoner of war': 'prisoner', pow: 'prisoner', captive: 'prisoner', detainee: 'prisoner',
  hostage: 'prisoner', inmate: 'prisoner', 'war prisoner': 'prisoner',
}));

const EVENT_CLASSES: readonly [RegExp, string][] = [
  [/\b(kill(?:ed|ing|s)?|wound(?:ed|ing)?|injur(?:ed|ies|y)|dead|deaths?|died|casualt(?:y|ies)|lives|fatalities)\b/i, 'casualties'],
  [/\b(releas(?:ed|e|ing)|exchang(?:ed|e|ing)|swap(?:ped|s)?|free(?:d|ing)?|traded|returned|repatriat\w*|hand(?:ed|s)? over|handover|change hands)\b/i, 'exchange'],
  [/\b(displac\w*|fled|flee\w*|refugees?|evacuat\w*|homeless)\b/i, 'displacement'],
  [/\b(launch(?:ed|es)?|fired|shot down|intercept\w*|strikes?|struck|attack(?:ed|s)?)\b/i, 'attack'],
  [/\b(arrest\w*|captur\w*)\b/i, 'arrest'],
  [/\b(missing|unaccounted|disappeared)\b/i, 'missing'],
  [/\b(spend\w*|spent|cost\w*|budget\w*|fund\w*|aid|pledg\w*|paid|pay\w*|worth|price\w*)\b/i, 'money'],
  [/\b(vot\w*|ballots?|elect\w*|poll\w*|approv\w*|support\w*)\b/i, 'support'],
];

/**
 * All the event patterns as one expression, each its own capture group, so a clause is read
 * once rather than once per event. No two patterns can match overlapping words, so it finds
 * what the patterns find one by one.
 */
const ANY_EVENT = new RegExp(EVENT_CLASSES.map(([pattern]) => pattern.source).join('|'), 'gi');

export function unitClass(unit: string | undefined): string | undefined {
  if (!unit) return undefined;
  const lower = unit.toLowerCase();
  return UNIT_CLASSES.get(lower) ?? UNIT_CLASSES.get(lower.split(' ').pop() ?? '') ?? lower;
}

/**
 * The event a figure counts: the event word nearest to it in its clause, so in "a train
 * was attacked by three drones, with five people killed" the people count casualties.
 * `figureAt` is the figure's offset in `clause`.
 */
export function eventClass(clause: string, figureAt = 0): string | undefined {
  let best = -1;
  let bestDistance = Infinity;
  ANY_EVENT.lastIndex = 0;
  for (let m = ANY_EVENT.exec(clause); m; m = ANY_EVENT.exec(clause)) {
    let event = 0;
    while (m[event + 1] === undefined) event++;
    const distance = Math.abs(m.index - figureAt);
    // At equal distance the event listed first wins, as when each pattern was run in turn.
    if (distance < bestDistance || (distance === bestDistance && event < best)) {
      best = event;
      bestDistance = distance;
    }
  }
  return best < 0 ? undefined : EVENT_CLASSES[best][1];
}

const AGGREGATE = /\b(since (?:the |its |their |\w+'s )?(?:war|invasion|start|beginning|outbreak|conflict|fighting|offensive|(?:19|20)\d\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|(?:over|in|during) the (?:same |whole |entire )?period|so far|to date|in total|overall|altogether|throughout|over the course|cumulative|all told|in all|of the (?:war|conflict)|(?:war|conflict|fighting) (?:has|have))\b/i;

/**
 * Whether a figure sums up a whole period ("since the invasion", "over the course of the
 * conflict") rather than one incident. Aggregates of one story are comparable across
 * sources; incident figures only when the sources name the same actors or places.
 */
export function isAggregate(clause: string): boolean {
  return AGGREGATE.test(clause);
}

export interface Clause {
  readonly text: string;
  /** Where the figure starts in `text`. */
  readonly at: number;
}

const CLAUSE_BREAKS = [';', ':', ' but ', ', and that ', ' and that ', ', while ', ', whereas ', ', which '];

/**
 * The clause around a figure: up to the nearest clause break either side, within its
 * sentence. Keeps "… 314 prisoners would be released" but not "and that 400 were killed".
 */
export function clauseAround(folded: string, mention: NumberMention, sentence: { start: number; end: number }): Clause {
  // Searched within the sentence only: an unbounded search from the figure ran to either
  // end of the document for every mark missing from the sentence (the scan's costliest line).
  const base = sentence.start;
  const within = folded.slice(base, Math.max(sentence.end, mention.end));
  let cutBefore = base;
  let cutAfter = sentence.end;
  for (const mark of CLAUSE_BREAKS) {
    const from = mention.start - mark.length - base;
    const b = from >= 0 ? within.lastIndexOf(mark, from) : -1;
    if (b >= 0) cutBefore = Math.max(cutBefore, base + b + mark.length);
    const a = within.indexOf(mark, mention.end - base);
    if (a >= 0 && base + a + mark.length <= sentence.end) cutAfter = Math.min(cutAfter, base + a);
  }
  const head = folded.slice(cutBefore, mention.start);
  return { text: `${head}${mention.text}${folded.slice(mention.end, cutAfter)}`, at: head.length };
}

/**
 * The key figures are grouped by, or undefined when a figure is too vague to link. The clause
 * comes from a function, called only when needed: dates, ordinals and durations never need it.
 */
export function subjectKey(mention: NumberMention, clauseOf: () => Clause): string | undefined {
  const { type, value } = mention;
  // Dates are keyed by month and day, so "February 4-5" without a known year meets
  // "2026-02-04..2026-02-05"; the relation then compares years where both have one.
  if (type === 'date') return dateKey(value);
  if (type === 'duration') return durationKey(value);
  if (type === 'ordinal') return undefined;
  const unit = unitClass(value.unit);
  const { text, at } = clauseOf();
  const event = eventClass(text, at);
  if (type === 'percent') return event ? `percent:${event}` : undefined;
  // "$10 a month" and "$3.2 billion" are not two prices of one thing: a rate compares only with a rate per the same.
  if (type === 'money') return event ? `money:${value.unit ?? ''}${value.per ? `/${value.per}` : ''}:${event}` : undefined;
  // A count with no event ("two critical issues", "2 million people") says too little to link safely.
  if (!unit || !event) return undefined;
  return `${type === 'quantity' ? 'quantity' : 'count'}:${unit}:${event}`;
}

const WEEKDAY_PHRASE = /^(?:(?:early|late|on)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$/;

/**
 * A date's key: month and day for a dated day, so "February 4-5" without a known year meets
 * "2026-02-04..2026-02-05" (the relation then compares years where both have one). A weekday
 * no document date resolves keeps its name: in two reports of one story, "Friday" is the
 * same Friday far more often than not, as a reader would take it.
 */
function dateKey(value: NumberMention['value']): string | undefined {
  if (value.time) return `time:${value.time}`;
  // A part of a day keys as its day: "Thursday night" and "late Thursday" are Thursday to a reader comparing reports.
  if (value.iso) return `date:${monthDay(value.iso)}${value.isoEnd ? `..${monthDay(value.isoEnd)}` : ''}`;
  const weekday = value.relative === undefined ? null : WEEKDAY_PHRASE.exec(value.relative);
  return weekday ? `date:${weekday[1]}` : undefined;
}

/** Units a length of time is said in, longest first, with their length in days. */
const LENGTHS: readonly [string, number][] = [
  ['century', 36525], ['decade', 3652.5], ['year', 365.25], ['month', 30.4375], ['week', 7], ['day', 1], ['hour', 1 / 24], ['minute', 1 / 1440],
];

/**
 * A duration's key: its length in the longest unit that says it in whole numbers, within 2%,
 * so "90 days", "a 90-day" and "three months" share one ("duration:3 month"), as a reader
 * takes them. A range or a vague length ("a few days") has no single length to compare.
 */
function durationKey(value: NumberMention['value']): string | undefined {
  const days = value.days;
  if (days === undefined || days <= 0 || value.min !== undefined) return undefined;
  for (const [unit, length] of LENGTHS) {
    const count = days / length;
    const whole = Math.round(count);
    if (whole >= 1 && Math.abs(count - whole) <= 0.02 * whole) return `duration:${whole} ${unit}`;
  }
  return `duration:${days} day`;
}

function monthDay(iso: string): string {
  return /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(iso) ? iso.slice(-5) : iso;
}
