import { matchAt, type Draft, type ScanState } from './draft';
import { wordBefore } from './hedges';

/** "10:45 p.m.", "9 a. m." (as some wires space it), "2:16pm", "10:45 PM". */
const MERIDIEM_TIME = /(\d{1,2})(?::(\d{2}))?[ \t]*([ap])(?:\.[ \t]?m\.?|m)(?![A-Za-z])/iy;
/** "14:30", "9:05": a time without a.m./p.m. only where the words around it say it is one. */
const BARE_TIME = /(\d{1,2}):(\d{2})(?![\d:.,]\d)/y;
const TIME_BEFORE = /(?<![A-Za-z])(?:at|around|about|by|until|till|after|before|since|from|shortly|approximately|roughly|nearly|to)[ \t]+$/i;
const TIME_ZONE_AFTER = /[ \t]*(?:h(?:rs)?|GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|local[ \t]+time|o'clock)(?![A-Za-z])/y;
const NOON = /(noon|midday|midnight)(?![A-Za-z])/iy;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** A time of day as 24-hour "HH:MM", or undefined when the clock has no such time. */
function clockValue(hours: number, minutes: number, meridiem?: string): string | undefined {
  if (minutes > 59) return undefined;
  if (meridiem === undefined) return hours <= 23 ? `${pad2(hours)}:${pad2(minutes)}` : undefined;
  // "17:06 pm" is written by some wires: a 24-hour time with a redundant "pm".
  if (meridiem === 'p' && hours > 12 && hours <= 23) return `${pad2(hours)}:${pad2(minutes)}`;
  if (hours < 1 || hours > 12) return undefined;
  const h = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  return `${pad2(h)}:${pad2(minutes)}`;
}

function timeDraft(start: number, end: number, time: string): Draft {
  return { type: 'date', start, end, value: { time } };
}

/**
 * A clock time that starts with a digit. Hours and minutes without a.m./p.m. are a time
 * only after "at", "by", "until"… or before a time zone: "3:1" or "9:30" alone may be a
 * score, a ratio or a verse. Returns undefined when it is not a time.
 */
export function parseClockTime(state: ScanState, pos: number): Draft | undefined {
  const { text } = state;
  const m = matchAt(MERIDIEM_TIME, text, pos);
  if (m) {
    const time = clockValue(Number(m[1]), m[2] === undefined ? 0 : Number(m[2]), m[3].toLowerCase());
    return time ? timeDraft(pos, pos + m[0].length, time) : undefined;
  }
  const bare = matchAt(BARE_TIME, text, pos);
  if (!bare) return undefined;
  const zone = matchAt(TIME_ZONE_AFTER, text, pos + bare[0].length);
  if (!zone && wordBefore(text, pos, state.floor, TIME_BEFORE) === undefined) return undefined;
  const time = clockValue(Number(bare[1]), Number(bare[2]));
  return time ? timeDraft(pos, pos + bare[0].length + (zone ? zone[0].length : 0), time) : undefined;
}

/** "at noon", "around midnight": the word alone is a time only after such a preposition. */
export function parseNoon(state: ScanState, pos: number): Draft | undefined {
  const m = matchAt(NOON, state.text, pos);
  if (!m || wordBefore(state.text, pos, state.floor, TIME_BEFORE) === undefined) return undefined;
  return timeDraft(pos, pos + m[0].length, m[1].toLowerCase() === 'midnight' ? '00:00' : '12:00');
}
