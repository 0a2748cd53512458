/**
 * A small strict JSON parser for policy text (RFC 8259). Unlike `JSON.parse` it reports duplicate
 * keys, bounds nesting depth, keeps `__proto__` as a plain data key and, on request, records where every key and value starts so problems can be shown by line and column.
 * Linear time; recursion is bounded by `maxDepth`.
 */
import { jsonMessages } from '../messages.js';
import { isPolicyCharCode } from '../model/syntax.js';
import { setOwn } from '../internal/record.js';

/**
 * A JSON object as the parsers build it: an ordinary object whose keys are all own data properties
 * (`__proto__` included, as with `JSON.parse`). Read arbitrary keys with an own-property check.
 */
export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** Where one container and its children start in the text (built only when positions are tracked). */
export interface PositionNode {
  /** Offset of the `{` or `[`. */
  readonly start: number;
  readonly isArray: boolean;
  /** Object members in text order, duplicates included; empty for arrays. */
  readonly members: MemberPosition[];
  /** Array items in order; empty for objects. */
  readonly items: ValuePosition[];
}

export interface ValuePosition {
  /** Offset of the first character of the value. */
  readonly start: number;
  /** Position data of the value when it is an object or array. */
  readonly node: PositionNode | undefined;
}

export interface MemberPosition extends ValuePosition {
  readonly key: string;
  /** Offset of the opening quote of the key. */
  readonly keyStart: number;
}

/** A problem found while reading the text, located by offset. */
export interface JsonProblem {
  readonly kind: 'syntax' | 'duplicate' | 'too-deep' | 'number' | 'escaped-char';
  readonly offset: number;
  /** Offset of the key for `duplicate`, of the string for `escaped-char`. */
  readonly detail: string;
}

export interface JsonResult {
  /**
   * The value; `undefined` when a syntax or depth problem stopped the parser. With `track`, only
   * positions are recorded: objects and arrays come back empty, and duplicate keys are not reported.
   */
  readonly value: JsonValue | undefined;
  readonly problems: JsonProblem[];
  /** Position data of the root value when `track` was set and the root is a container. */
  readonly root: ValuePosition | undefined;
}

/** Raised internally to stop at the first syntax or depth problem. */
class Stop {
  constructor(readonly problem: JsonProblem) {}
}

const C = {
  Tab: 9,
  Lf: 10,
  Cr: 13,
  Space: 32,
  Quote: 34,
  Plus: 43,
  Comma: 44,
  Minus: 45,
  Dot: 46,
  Zero: 48,
  Nine: 57,
  Colon: 58,
  UpperE: 69,
  LBracket: 91,
  Backslash: 92,
  RBracket: 93,
  LowerE: 101,
  LowerU: 117,
  LBrace: 123,
  RBrace: 125,
} as const;

function describe(text: string, i: number): string {
  if (i >= text.length) return jsonMessages.endOfInput();
  const ch = text[i]!;
  const c = ch.charCodeAt(0);
  const shown = c < 0x20 || c > 0x7e ? `U+${c.toString(16).toUpperCase().padStart(4, '0')}` : JSON.stringify(ch);
  return jsonMessages.unexpected(shown);
}

/**
 * Parses `text` as one JSON value. Stops at the first syntax error or at nesting deeper than
 * `maxDepth`; duplicate keys, out-of-range escaped characters and numbers a JavaScript number
 * cannot hold are recorded and parsing goes on.
 */
export function parseJson(text: string, maxDepth: number, track: boolean): JsonResult {
  return new JsonReader(text, maxDepth, track).document();
}

type Slot = { start: number; node: PositionNode | undefined };

/**
 * The steps of {@link parseJson}, one method per grammar rule of RFC 8259: `document`, `value`,
 * `object`, `array`, `string`, `number`, `literal`, `whitespace`. `i` is the read position; each
 * step starts at the first character of what it reads and leaves `i` just after it. Recursion
 * (value -> object/array -> value) is bounded by `maxDepth`.
 */
class JsonReader {
  readonly #text: string;
  readonly #n: number;
  readonly #maxDepth: number;
  readonly #track: boolean;
  readonly #problems: JsonProblem[] = [];
  #i = 0;

  constructor(text: string, maxDepth: number, track: boolean) {
    this.#text = text;
    this.#n = text.length;
    this.#maxDepth = maxDepth;
    this.#track = track;
  }

  /** The whole text: one value between optional whitespace. */
  document(): JsonResult {
    const root: Slot | undefined = this.#track ? { start: 0, node: undefined } : undefined;
    try {
      this.whitespace();
      if (root) root.start = this.#i;
      const v = this.value(0, root);
      this.whitespace();
      if (this.#i < this.#n) this.fail(jsonMessages.afterEnd(describe(this.#text, this.#i)));
      return { value: v, problems: this.#problems, root };
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      this.#problems.push(e.problem);
      return { value: undefined, problems: this.#problems, root };
    }
  }

  /** Stops the parse with a syntax problem at `at`. */
  fail(detail?: string, at = this.#i): never {
    throw new Stop({ kind: 'syntax', offset: at, detail: detail ?? describe(this.#text, at) });
  }

  whitespace(): void {
    const text = this.#text;
    let i = this.#i;
    while (i < this.#n) {
      const c = text.charCodeAt(i);
      if (c === C.Space || c === C.Lf || c === C.Cr || c === C.Tab) i++;
      else break;
    }
    this.#i = i;
  }

  value(depth: number, pos: Slot | undefined): JsonValue {
    const c = this.#text.charCodeAt(this.#i);
    if (c === C.Quote) return this.string();
    if (c === C.LBrace || c === C.LBracket) {
      if (depth >= this.#maxDepth) throw new Stop({ kind: 'too-deep', offset: this.#i, detail: String(this.#maxDepth) });
      const node: PositionNode | undefined = this.#track ? { start: this.#i, isArray: c === C.LBracket, members: [], items: [] } : undefined;
      if (pos) pos.node = node;
      return c === C.LBrace ? this.object(depth + 1, node) : this.array(depth + 1, node);
    }
    if (c === C.Minus || (c >= C.Zero && c <= C.Nine)) return this.number();
    if (c === 116) return this.literal('true', true) as boolean;
    if (c === 102) return this.literal('false', false) as boolean;
    if (c === 110) return this.literal('null', null);
    return this.fail();
  }

  object(depth: number, node: PositionNode | undefined): JsonObject {
    const text = this.#text;
    const o: JsonObject = {};
    this.#i++;
    this.whitespace();
    if (text.charCodeAt(this.#i) === C.RBrace) {
      this.#i++;
      return o;
    }
    for (;;) {
      if (text.charCodeAt(this.#i) !== C.Quote) this.fail(this.#i >= this.#n ? undefined : jsonMessages.keyExpected(describe(text, this.#i)));
      const keyStart = this.#i;
      const key = this.string();
      this.whitespace();
      if (text.charCodeAt(this.#i) !== C.Colon) this.fail(jsonMessages.colonExpected(describe(text, this.#i)));
      this.#i++;
      this.whitespace();
      let member: (Slot & { key: string; keyStart: number }) | undefined;
      if (node) {
        member = { key, keyStart, start: this.#i, node: undefined };
        node.members.push(member);
      }
      const v = this.value(depth, member);
      // positions only: the value is not built (its problems were reported by the first pass)
      if (!node) {
        if (Object.prototype.hasOwnProperty.call(o, key)) this.#problems.push({ kind: 'duplicate', offset: keyStart, detail: key });
        setOwn(o, key, v);
      }
      this.whitespace();
      const c = text.charCodeAt(this.#i);
      if (c === C.Comma) {
        this.#i++;
        this.whitespace();
      } else if (c === C.RBrace) {
        this.#i++;
        return o;
      } else this.fail(this.#i >= this.#n ? undefined : jsonMessages.separatorExpected(describe(text, this.#i), '}'));
    }
  }

  array(depth: number, node: PositionNode | undefined): JsonValue[] {
    const text = this.#text;
    const a: JsonValue[] = [];
    this.#i++;
    this.whitespace();
    if (text.charCodeAt(this.#i) === C.RBracket) {
      this.#i++;
      return a;
    }
    for (;;) {
      let item: Slot | undefined;
      if (node) {
        item = { start: this.#i, node: undefined };
        node.items.push(item);
      }
      const v = this.value(depth, item);
      if (!node) a.push(v);
      this.whitespace();
      const c = text.charCodeAt(this.#i);
      if (c === C.Comma) {
        this.#i++;
        this.whitespace();
      } else if (c === C.RBracket) {
        this.#i++;
        return a;
      } else this.fail(this.#i >= this.#n ? undefined : jsonMessages.separatorExpected(describe(text, this.#i), ']'));
    }
  }

  /** A string from its opening quote; escapes decoded. */
  string(): string {
    const text = this.#text;
    const n = this.#n;
    const open = this.#i;
    let i = open + 1;
    let start = i;
    let out = '';
    let escaped = false;
    for (;;) {
      if (i >= n) this.fail(jsonMessages.unterminatedString(), open);
      const c = text.charCodeAt(i);
      if (c === C.Quote) {
        const s = start === i ? out : out + text.slice(start, i);
        this.#i = i + 1;
        if (escaped && hasOutOfRange(s)) this.#problems.push({ kind: 'escaped-char', offset: open, detail: s });
        return s;
      }
      if (c === C.Backslash) {
        escaped = true;
        out += text.slice(start, i);
        const e = text.charCodeAt(i + 1);
        if (e === C.LowerU) {
          let code = 0;
          for (let k = 2; k < 6; k++) {
            const h = hex(text.charCodeAt(i + k));
            if (h < 0) this.fail(jsonMessages.unicodeEscape(), i);
            code = code * 16 + h;
          }
          out += String.fromCharCode(code);
          i += 4;
        } else {
          const code = shortEscape(e);
          if (code < 0) this.fail(jsonMessages.escape(), i);
          out += String.fromCharCode(code);
        }
        i += 2;
        start = i;
        continue;
      }
      if (c < 0x20) this.fail(jsonMessages.controlCharacter(), i);
      i++;
    }
  }

  number(): number {
    const text = this.#text;
    const begin = this.#i;
    let i = begin;
    const digits = (): void => {
      while (isDigit(text.charCodeAt(i))) i++;
    };
    if (text.charCodeAt(i) === C.Minus) i++;
    let c = text.charCodeAt(i);
    if (c === C.Zero) i++;
    else if (c > C.Zero && c <= C.Nine) digits();
    else this.fail(undefined, i);
    if (text.charCodeAt(i) === C.Dot) {
      i++;
      if (!isDigit(text.charCodeAt(i))) this.fail(undefined, i);
      digits();
    }
    c = text.charCodeAt(i);
    if (c === C.LowerE || c === C.UpperE) {
      i++;
      c = text.charCodeAt(i);
      if (c === C.Plus || c === C.Minus) i++;
      if (!isDigit(text.charCodeAt(i))) this.fail(undefined, i);
      digits();
    }
    this.#i = i;
    const literal = text.slice(begin, i);
    const v = Number(literal);
    if (inexactNumber(literal, v)) this.#problems.push({ kind: 'number', offset: begin, detail: literal });
    return v;
  }

  literal(word: string, v: boolean | null): boolean | null {
    if (!this.#text.startsWith(word, this.#i)) return this.fail();
    this.#i += word.length;
    return v;
  }
}

/**
 * True when the number `literal` (JSON syntax) reads as `v` with a loss a policy must not hide:
 * out of range (`1e400` is Infinity), underflow (`1e-400` is 0 although it has non-zero digits),
 * an integer of more than 15 characters that does not come back digit for digit, or a decimal or
 * exponent form whose significant digits are not the ones `v` holds (`1.0000000000000001` is 1).
 * Up to 15 significant digits always come back (IEEE 754 double), so only longer literals are compared.
 */
export function inexactNumber(literal: string, v: number): boolean {
  if (!Number.isFinite(v)) return true;
  if (v === 0) {
    for (let k = 0; k < literal.length; k++) {
      const c = literal.charCodeAt(k);
      if (c === C.LowerE || c === C.UpperE) break;
      if (c > C.Zero && c <= C.Nine) return true;
    }
    return false;
  }
  if (literal.length <= 15) return false;
  if (isIntegerLiteral(literal)) return String(v) !== literal;
  const written = significand(literal);
  if (written.digits.length <= 15) return false;
  const held = significand(String(v));
  return written.digits !== held.digits || written.exponent !== held.exponent;
}

/**
 * The significant digits of a number literal (no sign, no leading or trailing zeros) and the
 * power of ten of its first digit: `0.00120e3` is `{ digits: '12', exponent: 0 }`.
 */
function significand(literal: string): { digits: string; exponent: number } {
  const body = literal.charCodeAt(0) === C.Minus ? literal.slice(1) : literal;
  const e = body.search(/[eE]/);
  const mantissa = e < 0 ? body : body.slice(0, e);
  const power = e < 0 ? 0 : Number(body.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const whole = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const all = dot < 0 ? whole : whole + mantissa.slice(dot + 1);
  let first = 0;
  while (first < all.length && all.charCodeAt(first) === C.Zero) first++;
  let end = all.length;
  while (end > first && all.charCodeAt(end - 1) === C.Zero) end--;
  return { digits: all.slice(first, end), exponent: whole.length - first - 1 + power };
}

function isIntegerLiteral(literal: string): boolean {
  for (let k = 0; k < literal.length; k++) {
    const c = literal.charCodeAt(k);
    if (c === C.Dot || c === C.LowerE || c === C.UpperE) return false;
  }
  return true;
}

function isDigit(c: number): boolean {
  return c >= C.Zero && c <= C.Nine;
}

/**
 * The character code a short escape stands for (`\n` is 10), by the code of the character after
 * the backslash; -1 when that is no short escape (`\u` included). The one table of both readers.
 */
function shortEscape(e: number): number {
  switch (e) {
    case C.Quote: return C.Quote;
    case C.Backslash: return C.Backslash;
    case 47: return 47; // \/
    case 98: return 8; // \b
    case 102: return 12; // \f
    case 110: return C.Lf;
    case 114: return C.Cr;
    case 116: return C.Tab;
    default: return -1;
  }
}

function hex(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function hasOutOfRange(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isPolicyCharCode(s.charCodeAt(k))) return true;
  return false;
}

/** Turns offsets into 1-based line and column numbers (lines end at LF, CRLF or CR). */
export class LineIndex {
  readonly #starts: number[] = [0];
  constructor(text: string) {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === C.Lf) this.#starts.push(k + 1);
      else if (c === C.Cr && text.charCodeAt(k + 1) !== C.Lf) this.#starts.push(k + 1);
    }
  }
  at(offset: number): { line: number; column: number } {
    const s = this.#starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo]! + 1 };
  }
}

/**
 * Character-by-character pre-check, the authority when the fast path (see `fast.ts`) cannot settle
 * a text by counting (backslashes, large numbers, small `maxDepth`, a count that differs): true when the text has no duplicate
 * key, no nesting deeper than `maxDepth`, no escape that decodes outside IAM's character range, no
 * number that a JavaScript number cannot hold exactly, and no escaped key (compared exactly only
 * by {@link parseJson}). It does not check JSON syntax (`JSON.parse` does, and a text `JSON.parse`
 * accepts is read here the same way). False means: take the slow path, {@link parseJson}, which
 * reports each problem with its position. One pass, iterative; a key set per open object.
 */
export function scanJson(text: string, maxDepth: number): boolean {
  const n = text.length;
  // keys of each open container (null for arrays); small objects use arrays, big ones sets
  const stack: Keys[] = [];
  let top: Keys = null;
  let expectKey = false;
  let backslash = text.indexOf('\\'); // the next backslash at or after the read position (n: none)
  if (backslash < 0) backslash = n;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === C.Quote) {
      if (backslash <= i) {
        backslash = text.indexOf('\\', i + 1);
        if (backslash < 0) backslash = n;
      }
      const end = stringEnd(text, i, backslash);
      if (end < 0) return false;
      if (expectKey) {
        // an escaped key (a backslash before the closing quote) is compared exactly only by parseJson
        if (backslash < end || top === null) return false;
        const keys = withKey(top, text.slice(i + 1, end));
        if (keys === undefined) return false;
        if (keys !== top) stack[stack.length - 1] = top = keys;
        expectKey = false;
      }
      i = end + 1;
    } else if (c === C.LBrace || c === C.LBracket) {
      if (stack.length >= maxDepth) return false;
      top = c === C.LBrace ? [] : null;
      stack.push(top);
      expectKey = c === C.LBrace;
      i++;
    } else if (c === C.RBrace || c === C.RBracket) {
      stack.pop();
      top = stack.length > 0 ? stack[stack.length - 1]! : null;
      expectKey = false;
      i++;
    } else if (c === C.Comma) {
      expectKey = top !== null;
      i++;
    } else if (c === C.Minus || (c >= C.Zero && c <= C.Nine)) {
      i = exactNumberEnd(text, i);
      if (i < 0) return false;
    } else i++;
  }
  return true;
}

/** The keys seen in one open object of {@link scanJson} (null for an array). */
type Keys = string[] | Set<string> | null;

/**
 * A step of {@link scanJson}: the index of the quote that closes the string opening at `open`, or
 * -1 when it never closes or holds an escape that decodes outside IAM's range (`\b`, `\f`,
 * `\u0000`; iam-reference §1). `backslash` is the first backslash after `open` (the text's length
 * when there is none). Linear in the string: each search for a quote or a backslash starts after
 * the last one found, so a string of many escapes is not searched to its end once per escape.
 */
function stringEnd(text: string, open: number, backslash: number): number {
  const n = text.length;
  let q = text.indexOf('"', open + 1); // the next quote at or after j (-1: none)
  let j = open + 1;
  for (;;) {
    if (q < j) q = text.indexOf('"', j);
    if (q < 0) return -1;
    if (backslash < j) {
      backslash = text.indexOf('\\', j);
      if (backslash < 0) backslash = n;
    }
    if (backslash > q) return q;
    const e = text.charCodeAt(backslash + 1);
    const code = e === C.LowerU ? parseInt(text.slice(backslash + 2, backslash + 6), 16) : shortEscape(e);
    if (!isPolicyCharCode(code)) return -1;
    j = backslash + (e === C.LowerU ? 6 : 2);
  }
}

/** A step of {@link scanJson}: `keys` with `key` added (a set from 17 keys on), or undefined when `key` is already there. */
function withKey(keys: string[] | Set<string>, key: string): string[] | Set<string> | undefined {
  if (Array.isArray(keys)) {
    for (let k = 0; k < keys.length; k++) if (keys[k] === key) return undefined;
    keys.push(key);
    return keys.length > 16 ? new Set(keys) : keys;
  }
  if (keys.has(key)) return undefined;
  keys.add(key);
  return keys;
}

/** A step of {@link scanJson}: the end of the number starting at `begin`, or -1 when a JavaScript number cannot hold it exactly. */
function exactNumberEnd(text: string, begin: number): number {
  const n = text.length;
  let i = begin;
  let plain = true;
  for (; i < n; i++) {
    const d = text.charCodeAt(i);
    if (d >= C.Zero && d <= C.Nine) continue;
    if (d === C.Dot || d === C.LowerE || d === C.UpperE || d === C.Plus) plain = false;
    else if (d !== C.Minus) break;
  }
  if (plain && i - begin <= 15) return i;
  const literal = text.slice(begin, i);
  return inexactNumber(literal, Number(literal)) ? -1 : i;
}

/**
 * How many double quotes `text` holds. In a text without backslashes every quote opens or closes
 * a string, so a text `JSON.parse` accepts holds twice as many quotes as it has keys and string
 * values. Uses `indexOf`, which is much faster than reading the text one character at a time.
 */
export function countQuotes(text: string): number {
  let k = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) k++;
  return k;
}

/**
 * What {@link countQuotes} checks, counted on a value `JSON.parse` returned: its keys and string
 * values. -1 when the value nests deeper than `maxDepth` or holds a number that may not be exact
 * (at least `1e14` in size, or not finite): the caller then asks {@link scanJson}. Recursion is
 * bounded by `maxDepth`.
 */
export function countStrings(value: JsonValue, maxDepth: number): number {
  const walk = (v: JsonValue, depth: number): number => {
    if (typeof v === 'string') return 1;
    if (typeof v === 'number') return v !== 0 && Math.abs(v) < 1e14 ? 0 : -1;
    if (typeof v !== 'object' || v === null) return 0;
    if (depth >= maxDepth) return -1;
    let n = 0;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const k = walk(v[i]!, depth + 1);
        if (k < 0) return -1;
        n += k;
      }
      return n;
    }
    const keys = Object.keys(v);
    n = keys.length;
    for (let i = 0; i < keys.length; i++) {
      const k = walk(v[keys[i]!]!, depth + 1);
      if (k < 0) return -1;
      n += k;
    }
    return n;
  };
  return walk(value, 0);
}
