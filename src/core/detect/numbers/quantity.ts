import { matchAt } from './draft';
import { AREA_PREFIXES, GLUED_UNITS, QUANTITY_UNITS } from './units';

const SPACE = /[ \t]*/y;
const UNIT_WORD = /([A-Za-z]+(?:-[A-Za-z]+)?(?:\/[A-Za-z]+)?)\.?(?![A-Za-z])/y;
const UNIT_WORD_ALONE = /([A-Za-z]+)(?![A-Za-z])/y;
const DIMENSION = /^(?:wide|long|tall|high|deep|thick)$/i;
const DIMENSION_TAIL = /-(?:wide|long|tall|high|deep|thick)$/;
const NEXT_UNIT_WORD = /[ \t]+([A-Za-z]+(?:\/[A-Za-z]+)?)(?![A-Za-z])/y;
const DEGREE_SIGN = /[ \t]*\u00B0[ \t]*([CF](?![A-Za-z]))?/y;
const DEGREE_SCALE = /[ \t]+(celsius|centigrade|fahrenheit|C|F)(?![A-Za-z])/iy;

/** "°C" for "degrees Celsius", "°F" for Fahrenheit, else plain degrees (of arc, or unstated). */
function degrees(scale: string | undefined): string {
  if (!scale) return 'degree';
  return /^f/i.test(scale) ? '\u00B0F' : '\u00B0C';
}

/**
 * The unit of measure after a figure: "700 miles", "5km", "155mm", "3 square kilometres",
 * "2 sq km", "40 degrees Celsius", "-5°C". Single letters need to be glued ("5m"); a
 * hyphenated unit ("700-mile") is read from just after the hyphen when `hyphen` is set.
 */
export function readQuantityUnit(text: string, pos: number, hyphen = false): { end: number; unit: string } | undefined {
  const sign = hyphen ? null : matchAt(DEGREE_SIGN, text, pos);
  if (sign) return { end: pos + sign[0].length, unit: degrees(sign[1]) };
  let p = pos;
  let spaced = false;
  if (!hyphen) {
    const gap = matchAt(SPACE, text, pos)![0].length;
    spaced = gap > 0;
    p += gap;
  }
  let m = matchAt(UNIT_WORD, text, p);
  if (!m) return undefined;
  // "5mm-wide", "8ft-long": the unit, then a dimension the span keeps.
  const dash = m[1].indexOf('-');
  if (dash > 0 && !QUANTITY_UNITS.has(m[1].toLowerCase())) {
    if (!DIMENSION.test(m[1].slice(dash + 1))) m = matchAt(UNIT_WORD_ALONE, text, p) ?? m;
  }
  let lower = m[1].toLowerCase().replace(DIMENSION_TAIL, '');
  let end = p + m[0].length;
  // A full stop is kept only after an abbreviation that takes one ("sq. km"); else it ends the sentence.
  if (m[0].endsWith('.')) end--;
  let prefix = '';
  const area = AREA_PREFIXES.get(lower);
  if (area !== undefined && (spaced || hyphen)) {
    const next = matchAt(NEXT_UNIT_WORD, text, m[0].endsWith('.') ? end + 1 : end);
    if (!next) return undefined;
    lower = next[1].toLowerCase();
    end = (m[0].endsWith('.') ? end + 1 : end) + next[0].length;
    prefix = area;
  }
  if (lower === 'metric') {
    const next = matchAt(NEXT_UNIT_WORD, text, end);
    if (!next || !/^tons?$/i.test(next[1])) return undefined;
    return { end: end + next[0].length, unit: 'tonne' };
  }
  const unit = QUANTITY_UNITS.get(lower);
  if (unit === undefined) return undefined;
  if (!spaced && !hyphen && !prefix && !GLUED_UNITS.has(lower)) return undefined;
  if (spaced && !prefix && lower.length < 2) return undefined;
  if (unit === 'degree') {
    const scale = matchAt(DEGREE_SCALE, text, end);
    if (scale) return { end: end + scale[0].length, unit: degrees(scale[1]) };
  }
  return { end, unit: prefix + unit };
}
