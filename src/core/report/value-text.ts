import type { NumberValue } from '../model';

const APPROX_WORDS: Record<string, string> = {
  about: 'about ', below: 'nearly ', above: 'more than ', 'at-least': 'at least ', 'at-most': 'up to ', 'order-of-magnitude': '',
};

/** A normalised value as a person reads it: "nearly 2,000,000 people", "2026-02-04 to 2026-02-05". */
export function describeValue(value: NumberValue, type?: string): string {
  if (type === 'ordinal' && value.amount !== undefined) return `${ordinal(value.amount)}${value.unit ? ` ${value.unit}` : ''}`;
  if (value.iso) return value.isoEnd ? `${value.iso} to ${value.isoEnd}` : value.iso;
  if (value.time) return `${value.time} (time of day)`;
  if (value.relative) return `${value.relative} (relative, no date known)`;
  const approx = APPROX_WORDS[value.approx ?? ''] ?? '';
  const amount =
    value.min !== undefined && value.max !== undefined && value.min !== value.max
      ? `${formatNumber(value.min)}–${formatNumber(value.max)}`
      : value.amount !== undefined
        ? formatNumber(value.amount)
        : '?';
  const unit = value.unit ? ` ${unitFor(value.unit, value.amount ?? value.max ?? 2)}` : '';
  const scope = value.scope === 'each' ? ' each' : value.scope === 'total' ? ' in total' : '';
  const days = value.days !== undefined && value.unit !== 'day' ? ` (${formatNumber(value.days)} days)` : '';
  return `${approx}${amount}${unit}${scope}${days}`;
}

/** One formatter for every call: `toLocaleString` builds a new one each time, about 100 times slower. */
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

export function formatNumber(n: number): string {
  return NUMBER_FORMAT.format(n);
}

/** Counted nouns are stored singular ("detainee"); shown with their number they agree with it. */
function unitFor(unit: string, amount: number): string {
  if (amount === 1 || /^[A-Z]{3}$/.test(unit) || /[^a-z ]/.test(unit) || UNCOUNTED.has(unit)) return unit;
  if (unit === 'person') return 'people';
  if (/(s|x|ch|sh)$/.test(unit)) return `${unit}es`;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  return `${unit}s`;
}

const UNCOUNTED = new Set(['percent', 'years old', 'people', 'km', 'kg', 'mph']);

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
