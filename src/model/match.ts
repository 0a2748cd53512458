/**
 * THE wildcard matcher (`*` any run, `?` one character) of the policy language, for every layer
 * (builder, parse, evaluate, lint, optimize, analyze, catalog, CLI), and ARN matching segment by
 * segment. No regex is built from policy text: matching is a two-pointer scan with one backtrack
 * point, linear on typical inputs; past a budget, a piece-by-piece match (each star-free piece
 * found in one shift-and pass), (longest piece / 32) x text at worst. It knows which `*`/`?` are literal
 * (from `${*}`, `${?}` escapes or substituted variable values), matches sub-ranges without
 * slicing, and folds case per character.
 */

/** A wildcard pattern. `lit[i] === 1` marks `text[i]` literal even when it is `*` or `?`. */
export interface Pattern {
  readonly text: string;
  readonly lit?: Uint8Array;
}

const STAR = 42;
const QUESTION = 63;
const COLON = 58;

/** Lower-case fold of one UTF-16 code unit (identity when lowering would change the length). */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

const LATIN1 = /^[\x00-\xff]*$/;

/** The case fold of a whole string, character by character as {@link literalEquals} folds (for set lookups). */
export function foldText(s: string): string {
  // below U+0100 lower-casing maps each character to one character: the native call is the same fold
  if (LATIN1.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold(s.charCodeAt(i)));
  return out;
}

/** A pattern whose every `*` and `?` is a wildcard. */
export function plainPattern(text: string): Pattern {
  return { text };
}

/** A pattern with no wildcard at all (every character literal). */
export function literalPattern(text: string): Pattern {
  return { text, lit: new Uint8Array(text.length).fill(1) };
}

/** True when the pattern holds at least one active wildcard. */
export function patternHasWildcard(p: Pattern): boolean {
  const { text, lit } = p;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === STAR || c === QUESTION) && (lit === undefined || lit[i] !== 1)) return true;
  }
  return false;
}

/**
 * Matches `text[tFrom, tTo)` against `p.text[pFrom, pTo)`. Greedy scan remembering the last `*`;
 * on a mismatch it retries one character further from that star. That is linear on typical
 * inputs; a hostile pair (a long piece between two stars that almost matches everywhere, such as
 * `*a:a:…:a:x` against `a:a:…`) would cost (pattern length) x (text length) steps, so past a budget
 * of a few times (pattern + text) the match is finished by {@link pieceMatch} instead, which
 * reads the text once per piece.
 */
export function globMatch(
  p: Pattern,
  text: string,
  ignoreCase: boolean,
  pFrom = 0,
  pTo = p.text.length,
  tFrom = 0,
  tTo = text.length,
): boolean {
  return scan(p, text, ignoreCase, pFrom, pTo, tFrom, tTo, 4 * (pTo - pFrom + tTo - tFrom) + 64) ?? pieceMatch(p, text, ignoreCase, pFrom, pTo, tFrom, tTo);
}

/**
 * The greedy scan of {@link globMatch}; `undefined` once its retries have compared more than
 * `budget` characters.
 */
function scan(p: Pattern, text: string, ignoreCase: boolean, pFrom: number, pTo: number, tFrom: number, tTo: number, budget: number): boolean | undefined {
  const ps = p.text;
  const lit = p.lit;
  let pi = pFrom;
  let ti = tFrom;
  let star = -1;
  let mark = 0;
  while (ti < tTo) {
    if (pi < pTo) {
      const pc = ps.charCodeAt(pi);
      const wild = lit === undefined || lit[pi] !== 1;
      if (wild && pc === STAR) {
        star = pi++;
        mark = ti;
        continue;
      }
      const tc = text.charCodeAt(ti);
      if ((wild && pc === QUESTION) || pc === tc || (ignoreCase && fold(pc) === fold(tc))) {
        pi++;
        ti++;
        continue;
      }
    }
    if (star === -1) return false;
    // a retry costs the characters compared since the last one
    budget -= ti - mark;
    if (budget < 0) return undefined;
    pi = star + 1;
    ti = ++mark;
  }
  while (pi < pTo && ps.charCodeAt(pi) === STAR && (lit === undefined || lit[pi] !== 1)) pi++;
  return pi === pTo;
}

/**
 * {@link wildcardMatch} for a text of bounded length (a catalog name such as `sts:AssumeRole`):
 * the greedy scan alone, (pattern length) x (text length) at worst, without the hostile-input
 * path, which a builder-only bundle then leaves out.
 */
export function wildcardMatchShort(pattern: string, text: string): boolean {
  return scan({ text: pattern }, text, true, 0, pattern.length, 0, text.length, Infinity)!;
}

/** True when `p.text[k]` is an active `*` (not an escaped or substituted one). */
function isStar(p: Pattern, k: number): boolean {
  return p.text.charCodeAt(k) === STAR && (p.lit === undefined || p.lit[k] !== 1);
}

/** Whether the star-free piece `p.text[pFrom, pTo)` matches `text` at `t` (lengths equal). */
function pieceAt(p: Pattern, text: string, ignoreCase: boolean, pFrom: number, pTo: number, t: number): boolean {
  for (let k = pFrom; k < pTo; k++, t++) {
    const pc = p.text.charCodeAt(k);
    if (pc === QUESTION && (p.lit === undefined || p.lit[k] !== 1)) continue;
    const tc = text.charCodeAt(t);
    if (pc !== tc && !(ignoreCase && fold(pc) === fold(tc))) return false;
  }
  return true;
}

/**
 * The first offset `t` in `[tFrom, tTo - (pTo - pFrom)]` (and, when `starts` is given, among
 * those offsets: ascending) where the star-free piece `p.text[pFrom, pTo)` matches `text`; -1
 * when there is none. Shift-and over the text: one pass, (piece length / 32) words a character,
 * whatever the text (a comparison at each offset costs the piece's length at each).
 */
export function findPiece(
  p: Pattern,
  text: string,
  ignoreCase: boolean,
  pFrom: number,
  pTo: number,
  tFrom: number,
  tTo: number,
  starts?: readonly number[],
): number {
  const m = pTo - pFrom;
  if (m === 0) {
    if (starts === undefined) return tFrom <= tTo ? tFrom : -1;
    for (const t of starts) if (t >= tFrom && t <= tTo) return t;
    return -1;
  }
  const words = (m + 31) >>> 5;
  // masks[c]: the piece positions character c may stand at (a `?` takes any character)
  const any = new Uint32Array(words);
  for (let k = 0; k < m; k++) if (p.text.charCodeAt(pFrom + k) === QUESTION && (p.lit === undefined || p.lit[pFrom + k] !== 1)) any[k >>> 5]! |= 1 << (k & 31);
  const masks = new Map<number, Uint32Array>();
  for (let k = 0; k < m; k++) {
    if ((any[k >>> 5]! >>> (k & 31)) & 1) continue;
    const c = ignoreCase ? fold(p.text.charCodeAt(pFrom + k)) : p.text.charCodeAt(pFrom + k);
    let mask = masks.get(c);
    if (mask === undefined) masks.set(c, (mask = any.slice()));
    mask[k >>> 5]! |= 1 << (k & 31);
  }
  const state = new Uint32Array(words);
  const last = words - 1;
  const top = 1 << ((m - 1) & 31);
  // the masks of Latin-1 characters by code, looked up without hashing
  const latin: (Uint32Array | undefined)[] = [];
  for (let c = 0; c < 256; c++) latin.push(masks.get(c));
  let high = -1; // the last word that may hold a bit
  let next = 0; // index into starts
  for (let j = tFrom; j < tTo; j++) {
    // a match may begin at j when j is one of the starts
    let inject = 1;
    if (starts !== undefined) {
      while (next < starts.length && starts[next]! < j) next++;
      inject = next < starts.length && starts[next] === j ? 1 : 0;
      // nothing under way and no start ahead: no match
      if (high < 0 && next >= starts.length) return -1;
    }
    const tc = ignoreCase ? fold(text.charCodeAt(j)) : text.charCodeAt(j);
    const mask = (tc < 256 ? latin[tc] : masks.get(tc)) ?? any;
    let carry = inject;
    const upto = high < last ? high + 1 : last;
    high = -1;
    for (let w = 0; w <= upto; w++) {
      const v = state[w]!;
      const shifted = ((v << 1) | carry) & mask[w]!;
      carry = v >>> 31;
      state[w] = shifted;
      if (shifted !== 0) high = w;
    }
    if (state[last]! & top) return j - m + 1;
  }
  return -1;
}

/**
 * {@link globMatch} piece by piece: the pattern cut at its active stars into star-free pieces;
 * the first piece is read at the start, the last at the end, and each piece between takes its
 * first place after the one before (the earliest place leaves the most text to the rest).
 */
export function pieceMatch(p: Pattern, text: string, ignoreCase: boolean, pFrom: number, pTo: number, tFrom: number, tTo: number): boolean {
  let first = pFrom;
  while (first < pTo && !isStar(p, first)) first++;
  let lastStar = pTo - 1;
  while (lastStar >= pFrom && !isStar(p, lastStar)) lastStar--;
  if (lastStar < first) return tTo - tFrom === pTo - pFrom && pieceAt(p, text, ignoreCase, pFrom, pTo, tFrom);
  const tail = pTo - lastStar - 1;
  const end = tTo - tail;
  if (end < tFrom + (first - pFrom) || !pieceAt(p, text, ignoreCase, pFrom, first, tFrom) || !pieceAt(p, text, ignoreCase, lastStar + 1, pTo, end)) return false;
  let t = tFrom + (first - pFrom);
  for (let k = first + 1; k <= lastStar; ) {
    let e = k;
    while (e < lastStar && !isStar(p, e)) e++;
    if (e > k) {
      const at = findPiece(p, text, ignoreCase, k, e, t, end);
      if (at < 0) return false;
      t = at + (e - k);
    }
    k = e + 1;
  }
  return true;
}

/**
 * Match of `text` against an IAM wildcard `pattern` (every `*` any run, every `?` one character),
 * case-insensitive unless `ignoreCase` is false (actions ignore case; ARNs' resource parts and
 * `StringLike` do not). Linear on typical inputs, no regex.
 *
 * @example
 * ```ts
 * import { wildcardMatch } from './match.js';
 * wildcardMatch('s3:Get*', 's3:getobject'); // true
 * wildcardMatch('arn:aws:s3:::b/*', 'arn:aws:s3:::B/x', false); // false
 * ```
 */
export function wildcardMatch(pattern: string, text: string, ignoreCase = true): boolean {
  return globMatch({ text: pattern }, text, ignoreCase);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const PUA_FIRST = 0xe000;
const PUA_LAST = 0xf8ff;
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/;

/** True when `text` holds a character outside the Basic Multilingual Plane (a UTF-16 surrogate pair): only then can {@link codePointForm} read it otherwise. */
export const hasSurrogatePair = (text: string): boolean => SURROGATE_PAIR.test(text);

/**
 * The patterns and text read by code points: every character outside the Basic Multilingual
 * Plane (a UTF-16 surrogate pair, such as an emoji or U+20000) becomes one code unit, a character
 * of the private use area that neither side holds, the same one for the same character on both
 * sides. The matcher's `?` stands for one UTF-16 code unit, so `a?` does not match `a😀` (three
 * units); read by code points it does. The IAM User Guide says `?` is a "single-character match
 * wildcard" and does not say which characters count, so a comparison is unknown where the two
 * readings differ. `undefined` when they cannot differ (the text holds no surrogate pair, or no
 * pattern holds an active `?` or a surrogate); `null` when the private use area runs out (more
 * than 6,400 distinct characters): the caller reads that as unknown.
 *
 * @example
 * ```ts
 * import { codePointForm, globMatch, plainPattern } from './match.js';
 * const p = plainPattern('a?');
 * globMatch(p, 'a😀', false);                    // false
 * const cp = codePointForm([p], 'a😀')!;
 * globMatch(cp.patterns[0]!, cp.text, false);      // true
 * ```
 */
export function codePointForm(patterns: readonly Pattern[], text: string): { readonly patterns: Pattern[]; readonly text: string } | undefined | null {
  // the patterns first: they are short, and most hold no `?`
  const differs = patterns.some((p) => {
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if ((c === QUESTION && (p.lit === undefined || p.lit[i] !== 1)) || isHigh(c) || isLow(c)) return true;
    }
    return false;
  });
  if (!differs || !hasSurrogatePair(text)) return undefined;
  const used = new Set<number>();
  for (const s of [text, ...patterns.map((p) => p.text)])
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= PUA_FIRST && c <= PUA_LAST) used.add(c);
    }
  const units = new Map<number, number>();
  let next = PUA_FIRST;
  let full = false;
  const collapse = (s: string, lit: Uint8Array | undefined): Pattern => {
    const out: number[] = [];
    const outLit: number[] = [];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let u = c;
      if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
        const cp = s.codePointAt(i)!;
        let mapped = units.get(cp);
        if (mapped === undefined) {
          while (used.has(next)) next++;
          if (next > PUA_LAST) full = true;
          units.set(cp, (mapped = next++));
        }
        u = mapped;
        i++;
      }
      out.push(u);
      outLit.push(lit?.[i] ?? 0);
    }
    let t = '';
    for (let k = 0; k < out.length; k += 8192) t += String.fromCharCode(...out.slice(k, k + 8192));
    return lit === undefined ? { text: t } : { text: t, lit: Uint8Array.from(outLit) };
  };
  const forms = patterns.map((p) => collapse(p.text, p.lit));
  const t = collapse(text, undefined).text;
  return full ? null : { patterns: forms, text: t };
}

/** True when `s` contains `*` or `?` (every one a wildcard; see {@link patternHasWildcard} for escapes). */
export function hasWildcard(s: string): boolean {
  return s.includes('*') || s.includes('?');
}

/**
 * The literal head of a pattern: its text before the first `*` or `?` (all of it when it has none).
 * A pattern covers or matches only texts that start with it.
 *
 * @example
 * ```ts
 * import { literalHead } from './match.js';
 * literalHead('arn:aws:s3:::docs/*'); // 'arn:aws:s3:::docs/'
 * literalHead('role/a?c');            // 'role/a'
 * ```
 */
export function literalHead(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 42 || c === 63) return s.slice(0, i);
  }
  return s;
}

/** Exact comparison of pattern text and text (no wildcards), optionally ignoring case. */
export function literalEquals(a: string, b: string, ignoreCase: boolean): boolean {
  if (a === b) return true;
  if (!ignoreCase || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (fold(a.charCodeAt(i)) !== fold(b.charCodeAt(i))) return false;
  return true;
}

/**
 * Start offsets of the six ARN components of `text` (plus the end as a seventh entry), splitting at
 * the first five colons; `undefined` when there are fewer than five colons. The sixth component
 * (the resource part) keeps any further colons.
 */
export function arnBounds(text: string): number[] | undefined {
  const bounds = [0];
  for (let i = 0; i < text.length && bounds.length < 6; i++) if (text.charCodeAt(i) === COLON) bounds.push(i + 1);
  if (bounds.length < 6) return undefined;
  bounds.push(text.length + 1);
  return bounds;
}

/** Component `i` (0..5) of an ARN split by {@link arnBounds}: [start, end). */
function part(bounds: readonly number[], i: number): [number, number] {
  return [bounds[i]!, bounds[i + 1]! - 1];
}

/**
 * Splits a pattern at its first five literal-or-wildcard-free colons into six component patterns.
 * Colons are never wildcards, so splitting the compiled text is safe.
 */
export function splitPattern(p: Pattern): Pattern[] | undefined {
  const b = arnBounds(p.text);
  if (b === undefined) return undefined;
  const out: Pattern[] = [];
  for (let i = 0; i < 6; i++) {
    const [s, e] = part(b, i);
    out.push(p.lit === undefined ? { text: p.text.slice(s, e) } : { text: p.text.slice(s, e), lit: p.lit.subarray(s, e) });
  }
  return out;
}

/**
 * Six component patterns of a short ARN pattern (fewer than five colons): its components followed
 * by `*` for each missing one.
 */
export function padPattern(p: Pattern): Pattern[] {
  const out: Pattern[] = [];
  let start = 0;
  for (let i = 0; i <= p.text.length; i++) {
    if (i === p.text.length || p.text.charCodeAt(i) === COLON) {
      out.push(p.lit === undefined ? { text: p.text.slice(start, i) } : { text: p.text.slice(start, i), lit: p.lit.subarray(start, i) });
      start = i + 1;
    }
  }
  while (out.length < 6) out.push({ text: '*' });
  return out.slice(0, 6);
}

/**
 * Matches an ARN text against six component patterns. `caseInsensitiveHead`: compare partition,
 * service, region and account ignoring case (resource matching); the resource part is always
 * case-sensitive and its `*` may cover `/` and `:`.
 */
export function arnComponentsMatch(parts: readonly Pattern[], text: string, caseInsensitiveHead: boolean): boolean {
  const b = arnBounds(text);
  if (b === undefined) return false;
  for (let i = 0; i < 6; i++) {
    const [s, e] = part(b, i);
    if (!globMatch(parts[i]!, text, i < 5 && caseInsensitiveHead, 0, parts[i]!.text.length, s, e)) return false;
  }
  return true;
}

/**
 * True when the pattern's last character is an active `*` (not an escaped or substituted one): in an
 * ARN head component, the one wildcard that "can expand to match beyond the colon boundaries" (IAM User
 * Guide, Resource element; see {@link resourceArnMatch}). The catalog's ARN-format check asks it too.
 *
 * @example
 * ```ts
 * import { endsWithStar, plainPattern } from './match.js';
 * endsWithStar(plainPattern('us-*')); // true
 * endsWithStar(plainPattern('us-*-1')); // false
 * ```
 */
export function endsWithStar(p: Pattern): boolean {
  const n = p.text.length;
  return n > 0 && p.text.charCodeAt(n - 1) === STAR && (p.lit === undefined || p.lit[n - 1] !== 1);
}

/**
 * Matches an ARN text against the six component patterns of a `Resource` / `NotResource` entry.
 * Partition, service, region and account compare ignoring case and their wildcards stay inside
 * one component, except that a `*` ending one of them "can expand to match beyond the colon
 * boundaries" (IAM User Guide, Resource element): `arn:aws:logs:*:*:/aws-glue/*` covers
 * `arn:aws:logs:us-east-1:111122223333:log-group:/aws-glue/jobs`, its account `*` taking
 * `111122223333:log-group`. The resource part is case-sensitive and its wildcards cover `/` and
 * `:`. Case folding follows the pattern's component: a head component compares ignoring case
 * wherever its text falls. Linear in the text for each component (see the comments below); no
 * backtracking over colon choices.
 *
 * @example
 * ```ts
 * import { plainPattern, resourceArnMatch, splitPattern } from './match.js';
 * const parts = splitPattern(plainPattern('arn:aws:logs:*:*:/aws-glue/*'))!;
 * resourceArnMatch(parts, 'arn:aws:logs:us-east-1:111122223333:log-group:/aws-glue/jobs'); // true
 * ```
 */
export function resourceArnMatch(parts: readonly Pattern[], text: string): boolean {
  let crossing = false;
  for (let i = 0; i < 5; i++) if (endsWithStar(parts[i]!)) crossing = true;
  // no head component ends in `*`: the pattern's colons are the text's first five
  if (!crossing) return arnComponentsMatch(parts, text, true);
  // starts: the offsets where component i of the pattern may begin in the text, ascending. Each is
  // 0 or just after a colon, so the runs [t, next colon) are disjoint: a component reads each
  // character of the text once, whatever the number of starts (up to one per colon)
  let starts = [0];
  for (let i = 0; i < 5 && starts.length > 0; i++) {
    const p = parts[i]!;
    const next: number[] = [];
    const crosses = endsWithStar(p);
    for (const t of starts) {
      // the component's own wildcards stay before the next colon
      const f = text.indexOf(':', t);
      if (f < 0) break;
      if (!globMatch(p, text, true, 0, p.text.length, t, f)) continue;
      if (!crosses) next.push(f + 1);
      else {
        // a trailing `*` also takes any colons after its own run: the next component may begin
        // after any of them (which also holds every start a later run would give)
        for (let c = f; c >= 0; c = text.indexOf(':', c + 1)) next.push(c + 1);
        break;
      }
    }
    starts = next;
  }
  return resourcePartMatches(parts[5]!, text, starts);
}

/**
 * Whether the resource-part pattern `p` matches the text from one of `starts` (ascending) to its
 * end. Without an active `*` the pattern has a fixed length, so only one start can fit. With one,
 * only the first start whose text matches the part before the first `*` needs the full match: if
 * `L*Q` fails from there it fails from every later start (the `*` would take less). That start is
 * found in one pass over the text ({@link findPiece}), not by reading `L` at each start.
 */
function resourcePartMatches(p: Pattern, text: string, starts: readonly number[]): boolean {
  let star = -1;
  for (let k = 0; k < p.text.length && star < 0; k++) if (isStar(p, k)) star = k;
  if (starts.length === 0) return false;
  if (star < 0) {
    const t = text.length - p.text.length;
    return starts.includes(t) && globMatch(p, text, false, 0, p.text.length, t, text.length);
  }
  const t = findPiece(p, text, false, 0, star, starts[0]!, text.length, starts);
  return t >= 0 && globMatch(p, text, false, 0, p.text.length, t, text.length);
}

/** Lower-cases ASCII letters only (IAM identifiers, account ids, partitions). */
export function asciiLower(s: string): string {
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      needs = true;
      break;
    }
  }
  return needs ? s.toLowerCase() : s;
}

// The one-character tokens are above MEET_RUN and the runs at or below it: `t <= MEET_RUN` is "a run".
/** A token of {@link patternsMeet}: any one character. */
export const MEET_ONE = -1;
/** A token of {@link patternsMeet}: any one character but `:` (a field of an ARN's head). */
export const MEET_ONE_IN_FIELD = -2;
/** A token of {@link patternsMeet}: any one character but `/` (a name that holds no path, such as an S3 bucket's). */
export const MEET_ONE_NO_SLASH = -3;
/** A token of {@link patternsMeet}: any run of characters, possibly empty. */
export const MEET_RUN = -4;
/** A token of {@link patternsMeet}: any run without `:`, possibly empty. */
export const MEET_RUN_IN_FIELD = -5;
/** A token of {@link patternsMeet}: any run without `/`, possibly empty. */
export const MEET_RUN_NO_SLASH = -6;
const SLASH = 47;

/** True when the restricted wildcard token `w` can stand for the character (or wildcard token) `t`. */
const holds = (w: number, t: number): boolean => t < 0 || (w === MEET_ONE_IN_FIELD || w === MEET_RUN_IN_FIELD ? t !== COLON : w === MEET_ONE_NO_SLASH || w === MEET_RUN_NO_SLASH ? t !== SLASH : true);

/**
 * Tokens of {@link patternsMeet} for a wildcard pattern: `*` any run ({@link MEET_RUN}), `?` any one
 * character ({@link MEET_ONE}), every other UTF-16 code unit itself.
 *
 * @example
 * ```ts
 * import { globTokens, patternsMeet } from './match.js';
 * const a = globTokens('AWS-*');
 * const b = globTokens('aws*');
 * patternsMeet(a, b, a.length, b.length); // true: "AWS-x" matches both, ignoring case
 * ```
 */
export function globTokens(pattern: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    out.push(c === 42 ? MEET_RUN : c === 63 ? MEET_ONE : c);
  }
  return out;
}

/**
 * True when some text matches both token patterns `a` and `b` (each token a UTF-16 code unit or
 * one of {@link MEET_ONE}, {@link MEET_RUN}, {@link MEET_ONE_IN_FIELD}, {@link MEET_RUN_IN_FIELD},
 * {@link MEET_ONE_NO_SLASH}, {@link MEET_RUN_NO_SLASH}).
 * Two characters compare ignoring case (as {@link literalEquals} folds) when the token of `a`
 * stands before `aFold` or the token of `b` before `bFold`, exactly otherwise: an ARN folds its
 * head components and compares its resource part exactly (see {@link resourceArnMatch}). Dynamic
 * programming over (position in `a`, position in `b`): O(|a| * |b|) time, O(|b|) memory,
 * stopping at the first row no pair reaches.
 */
export function patternsMeet(a: readonly number[], b: readonly number[], aFold: number, bFold: number): boolean {
  const m = b.length;
  // row[j]: the first i tokens of a and the first j of b can produce the same text
  let row = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  row[0] = 1;
  for (let j = 1; j <= m && b[j - 1]! <= MEET_RUN; j++) row[j] = 1;
  for (let i = 1; i <= a.length; i++) {
    const ta = a[i - 1]!;
    const foldA = i - 1 < aFold;
    let reached = 0;
    next[0] = ta <= MEET_RUN ? row[0]! : 0;
    reached |= next[0]!;
    for (let j = 1; j <= m; j++) {
      const tb = b[j - 1]!;
      let ok: number;
      if (ta <= MEET_RUN) {
        // a's run is empty, or it takes one more token of b (b's run, or a character it may hold)
        ok = row[j]! | (ta === MEET_RUN || holds(ta, tb) ? next[j - 1]! : 0);
      } else if (tb <= MEET_RUN) {
        // b's run is empty, or it takes a's token (one character)
        ok = next[j - 1]! | (tb === MEET_RUN || holds(tb, ta) ? row[j]! : 0);
      } else if (row[j - 1] === 0) ok = 0;
      else if (ta === tb || ta === MEET_ONE || tb === MEET_ONE) ok = 1;
      // one restricted wildcard token: the other is a wildcard (both can be a letter) or a character it holds
      else if (ta < 0) ok = holds(ta, tb) ? 1 : 0;
      else if (tb < 0) ok = holds(tb, ta) ? 1 : 0;
      else ok = (foldA || j - 1 < bFold) && fold(ta) === fold(tb) ? 1 : 0;
      next[j] = ok;
      reached |= ok;
    }
    if (reached === 0) return false;
    [row, next] = [next, row];
  }
  return row[m] === 1;
}

/**
 * True when every text `inner` matches is also matched by `outer` (both IAM wildcard patterns,
 * `*` any run, `?` one character). Structural test: `outer` must match `inner` read as a string of
 * symbols, where a `*` of `outer` may take any run of symbols, a `?` one literal or `?`, and a
 * literal only the same literal. Sound (never claims a cover that does not hold); O(n*m).
 */
export function patternCovers(outer: string, inner: string, ignoreCase: boolean): boolean {
  // a pattern covers itself, and `*` covers every pattern (most ARN components compared in lint)
  if (outer === inner || outer === '*') return true;
  if (!hasWildcard(inner)) return wildcardMatch(outer, inner, ignoreCase);
  // a literal matches one text, a pattern with a wildcard more than one
  if (!hasWildcard(outer)) return false;
  const p = ignoreCase ? outer.toLowerCase() : outer;
  const q = ignoreCase ? inner.toLowerCase() : inner;
  // quick rejects: the literal head and tail of `outer` must appear literally in `inner`
  let h = 0;
  while (p.charCodeAt(h) !== 42 && p.charCodeAt(h) !== 63) {
    const qc = q.charCodeAt(h);
    if (qc !== p.charCodeAt(h) || qc === 42 || qc === 63) return false;
    h++;
  }
  let t = 0;
  for (let i = p.length - 1, j = q.length - 1; i >= 0 && p.charCodeAt(i) !== 42 && p.charCodeAt(i) !== 63; i--, j--, t++) {
    const qc = j < 0 ? NaN : q.charCodeAt(j);
    if (qc !== p.charCodeAt(i) || qc === 42 || qc === 63) return false;
  }
  // one `*` and nothing else between head and tail (most ARN patterns): it takes whatever lies between
  // them, and they cannot overlap in `inner` (it holds a wildcard, which neither matched), so the
  // cover holds; decided in linear time, where the table below is O(n*m)
  if (h + t + 1 === p.length && p.charCodeAt(h) === 42) return true;
  // dp[j]: p[0..i) matches q[0..j)
  let prev = new Uint8Array(q.length + 1);
  let cur = new Uint8Array(q.length + 1);
  prev[0] = 1;
  for (let i = 1; i <= p.length; i++) {
    const pc = p.charCodeAt(i - 1);
    cur.fill(0);
    if (pc === 42) {
      // '*' takes the empty run (prev[j]) or one more symbol (cur[j - 1])
      cur[0] = prev[0]!;
      for (let j = 1; j <= q.length; j++) cur[j] = prev[j]! | cur[j - 1]!;
    } else {
      for (let j = 1; j <= q.length; j++) {
        if (!prev[j - 1]) continue;
        const qc = q.charCodeAt(j - 1);
        if (pc === 63 ? qc !== 42 : pc === qc && qc !== 42 && qc !== 63) cur[j] = 1;
      }
    }
    [prev, cur] = [cur, prev];
  }
  return prev[q.length] === 1;
}
