import type { Mutable, NumberType, NumberValue } from '../../model';

/** A `NumberValue` while it is being built. */
export type MutableValue = Mutable<NumberValue>;

/** A date written without its year ("February 4–5"); the year is settled after the scan. */
export interface PartialDate {
  readonly month: number;
  readonly day?: number;
  readonly endMonth?: number;
  readonly endDay?: number;
}

/** A figure found in the folded text, before it becomes a `NumberMention`. */
export interface Draft {
  type: NumberType;
  start: number;
  end: number;
  value: MutableValue;
  partial?: PartialDate;
  /** The year the text spells out at this date, used to date its year-less neighbours. */
  explicitYear?: number;
}

/** A calendar day, months and days counted from 1. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What every parser needs: the folded text, where the previous figure ended, the document's date. */
export interface ScanState {
  readonly text: string;
  /** Nothing before this offset may be taken: the previous figure ends here. */
  floor: number;
  readonly documentDate?: DateParts;
}

/** Runs a sticky (`y`) regular expression at `pos`. */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII letters, plus any other letter: "Zelenskyy’s7" and "Ü7" are both glued. */
export function isLetterCode(code: number): boolean {
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return code > 127 && /\p{L}/u.test(String.fromCharCode(code));
}

export function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}
