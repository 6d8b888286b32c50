import type { DateParts } from './draft';

const DAY_MS = 86_400_000;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/**
 * ISO 8601 for what is known: "2022", "2022-02", "2022-02-24". Without a year, the
 * truncated forms of ISO 8601:2000: "--02" for a month, "--02-24" for a day.
 */
export function isoDate(year: number | undefined, month?: number, day?: number): string {
  if (year === undefined) return day === undefined ? `--${pad2(month ?? 1)}` : `--${pad2(month ?? 1)}-${pad2(day)}`;
  if (month === undefined) return pad4(year);
  return day === undefined ? `${pad4(year)}-${pad2(month)}` : `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

export function isoOf(parts: DateParts): string {
  return isoDate(parts.year, parts.month, parts.day);
}

export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function validDay(month: number, day: number, year?: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** "2026-02-06" → parts; anything else → undefined. */
export function parseIso(iso: string | undefined): DateParts | undefined {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return undefined;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return validDay(parts.month, parts.day, parts.year) ? parts : undefined;
}

function toMs(p: DateParts): number {
  return Date.UTC(p.year, p.month - 1, p.day);
}

function fromMs(ms: number): DateParts {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(p: DateParts, days: number): DateParts {
  return fromMs(toMs(p) + days * DAY_MS);
}

/** Month arithmetic that keeps the day where it can: 31 March minus one month is 28 or 29 February. */
export function addMonths(p: DateParts, months: number): DateParts {
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(p.day, daysInMonth(month, year)) };
}

export function weekday(p: DateParts): number {
  return new Date(toMs(p)).getUTCDay();
}

/**
 * The `target` weekday (0 = Sunday) relative to `from`: `back` finds the latest on or before
 * it (news reports the past), `strict` excludes `from` itself, `forward` looks ahead.
 */
export function nearestWeekday(from: DateParts, target: number, direction: 'back' | 'forward', strict: boolean): DateParts {
  const today = weekday(from);
  let delta = direction === 'back' ? (today - target + 7) % 7 : (target - today + 7) % 7;
  if (strict && delta === 0) delta = 7;
  return addDays(from, direction === 'back' ? -delta : delta);
}

/** Monday of the week holding `p` (ISO weeks start on Monday). */
export function mondayOf(p: DateParts): DateParts {
  return addDays(p, -((weekday(p) + 6) % 7));
}

/**
 * The year that puts month/day closest to the reference date: a news story written in
 * January that mentions "December 20" means the December just past.
 */
export function closestYear(reference: DateParts, month: number, day = 15): number {
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = Math.abs(toMs({ year, month, day: Math.min(day, daysInMonth(month, year)) }) - toMs(reference));
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}
