/**
 * Regions of a string field cut out by wildcard patterns. The patterns of a field split the set of
 * all strings into cells (strings that every pattern treats alike); {@link cellRepresentatives}
 * returns one string per reachable cell, by a breadth-first walk of the product of the patterns'
 * automata over a finite alphabet: the characters the patterns name, both cases where a pattern
 * folds case, and one fresh character per class of characters no pattern names (all fresh
 * characters of a class are interchangeable for every pattern).
 *
 * These automata only *propose* strings; whether a string matches is always decided afterwards by
 * the engine's own matchers (`evaluate`), so a walk that proposes too many strings costs time and
 * never changes an answer. Completeness (one string per cell) is what the tests pin against the
 * engine's matcher.
 */
import { analyzeMessages } from './messages.js';

const STAR = 42;
const QUESTION = 63;
const COLON = 58;

/** One segment of a segmented wildcard pattern. */
export interface Segment {
  /** Pattern text; `*` and `?` are wildcards. */
  readonly text: string;
  /** Compare letters ignoring case. */
  readonly fold: boolean;
  /** Wildcards never cover `:` (ARN components before the resource part). */
  readonly colonFree: boolean;
  /**
   * With `colonFree`: a `*` ending the segment covers `:` all the same (a head component of a
   * Resource ARN, which "can expand to match beyond the colon boundaries": `resourceArnMatch`).
   */
  readonly starCrosses?: boolean;
  /** Every character literal (an equality test): `*` and `?` are plain characters. */
  readonly literal?: boolean;
}

/**
 * A wildcard pattern made of segments separated by one `:` each in the text: one segment for a
 * whole-text pattern, six for an ARN pattern matched component by component.
 */
export type SegmentedPattern = readonly Segment[];

/** Lower-case fold of one UTF-16 code unit, as the engine folds. */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  const s = String.fromCharCode(c).toLowerCase();
  return s.length === 1 ? s.charCodeAt(0) : c;
}

const enum T {
  Char,
  Any,
  Star,
  Sep,
}

interface Token {
  readonly t: T;
  readonly c: number;
  readonly fold: boolean;
  readonly colonFree: boolean;
}

/** A compiled pattern: tokens, and the position from which everything is accepted (or -1). */
class Nfa {
  readonly tokens: Token[] = [];
  /** The literal characters as written (for readable representatives). */
  readonly written: number[] = [];
  /** Positions whose state set accepts every continuation. */
  readonly universal: number;

  constructor(p: SegmentedPattern) {
    p.forEach((seg, i) => {
      if (i > 0) this.tokens.push({ t: T.Sep, c: COLON, fold: false, colonFree: false });
      for (let k = 0; k < seg.text.length; k++) {
        const c = seg.text.charCodeAt(k);
        const t = seg.literal === true ? T.Char : c === STAR ? T.Star : c === QUESTION ? T.Any : T.Char;
        const crosses = t === T.Star && seg.starCrosses === true && k === seg.text.length - 1;
        this.tokens.push({ t, c: seg.fold ? fold(c) : c, fold: seg.fold, colonFree: seg.colonFree && !crosses });
        if (t === T.Char) this.written.push(c);
      }
    });
    // a trailing run of stars that may cover anything (colons included) accepts every continuation
    let u = this.tokens.length;
    while (u > 0 && this.tokens[u - 1]!.t === T.Star && !this.tokens[u - 1]!.colonFree) u--;
    this.universal = u < this.tokens.length ? u : -1;
  }

  closure(set: Set<number>): number[] {
    const out: number[] = [];
    for (const p0 of set) {
      let p = p0;
      for (;;) {
        if (!out.includes(p)) out.push(p);
        if (p < this.tokens.length && this.tokens[p]!.t === T.Star) p++;
        else break;
      }
    }
    if (this.universal !== -1 && out.includes(this.universal)) return [this.universal];
    return out.sort((a, b) => a - b);
  }

  step(state: readonly number[], c: number): number[] {
    if (state.length === 1 && state[0] === this.universal) return state as number[];
    const next = new Set<number>();
    const fc = fold(c);
    for (const p of state) {
      const tok = this.tokens[p];
      if (tok === undefined) continue;
      if (tok.colonFree && c === COLON && tok.t !== T.Sep) continue;
      switch (tok.t) {
        case T.Char:
          if ((tok.fold ? fc : c) === tok.c) next.add(p + 1);
          break;
        case T.Any:
          next.add(p + 1);
          break;
        case T.Star:
          next.add(p);
          break;
        case T.Sep:
          if (c === COLON) next.add(p + 1);
          break;
      }
    }
    return next.size === 0 ? [] : this.closure(next);
  }

  accepts(state: readonly number[]): boolean {
    return state.includes(this.tokens.length) || (this.universal !== -1 && state[0] === this.universal);
  }

  start(): number[] {
    return this.closure(new Set([0]));
  }

  relevant(state: readonly number[], into: Set<number>): void {
    for (const p of state) {
      const tok = this.tokens[p];
      if (tok === undefined) continue;
      if (tok.t === T.Char) addCases(tok.c, tok.fold, into);
      else if (tok.t === T.Sep) into.add(COLON);
    }
  }

  sig(state: readonly number[]): string {
    return this.accepts(state) ? '1' : '0';
  }

  /** The text when no character is a wildcard, else undefined. */
  get literalText(): string | undefined {
    // one pass (it counted the separators before each token again: a 200,000-character ARN took minutes)
    let text = '';
    let w = 0;
    for (const t of this.tokens) {
      if (t.t === T.Star || t.t === T.Any) return undefined;
      text += String.fromCharCode(t.t === T.Sep ? COLON : this.written[w++]!);
    }
    return this.written.length === 0 ? '' : text;
  }

  chars(into: Set<number>): void {
    for (const tok of this.tokens) {
      if (tok.t !== T.Char) continue;
      into.add(tok.c);
      if (tok.fold) {
        const s = String.fromCharCode(tok.c);
        into.add(s.toUpperCase().charCodeAt(0));
        into.add(s.toLowerCase().charCodeAt(0));
      }
    }
  }
}

/**
 * All wildcard-free patterns of a walk in one trie: one matcher instead of one per literal (a
 * policy may list hundreds of literal actions or ARNs). Its state is the trie node; its part of a
 * cell's signature is the literal that ends there.
 */
class Trie {
  readonly written: number[] = [];
  readonly #next: Map<number, number>[] = [new Map()];
  readonly #end: number[] = [-1];
  readonly #colons: number[] = [0];

  /** `foldComponents`: letters compare ignoring case while fewer than this many `:` were read. */
  constructor(literals: readonly string[], readonly foldComponents: number) {
    literals.forEach((lit, id) => {
      let node = 0;
      for (let i = 0; i < lit.length; i++) {
        const raw = lit.charCodeAt(i);
        this.written.push(raw);
        const c = this.#colons[node]! < foldComponents ? fold(raw) : raw;
        let n = this.#next[node]!.get(c);
        if (n === undefined) {
          n = this.#next.length;
          this.#next.push(new Map());
          this.#end.push(-1);
          this.#colons.push(this.#colons[node]! + (raw === COLON ? 1 : 0));
          this.#next[node]!.set(c, n);
        }
        node = n;
      }
      if (this.#end[node] === -1) this.#end[node] = id;
    });
  }

  start(): number[] {
    return [0];
  }

  relevant(state: readonly number[], into: Set<number>): void {
    const node = state[0]!;
    const folds = this.#colons[node]! < this.foldComponents;
    for (const c of this.#next[node]!.keys()) addCases(c, folds, into);
  }

  step(state: readonly number[], c: number): number[] {
    const node = state[0]!;
    const n = this.#next[node]!.get(this.#colons[node]! < this.foldComponents ? fold(c) : c);
    return n === undefined ? [] : [n];
  }

  sig(state: readonly number[]): string {
    return state.length === 0 ? '-' : String(this.#end[state[0]!]);
  }

  chars(into: Set<number>): void {
    for (const c of this.written) {
      into.add(c);
      if (this.foldComponents > 0) {
        const ch = String.fromCharCode(c);
        into.add(ch.toUpperCase().charCodeAt(0));
        into.add(ch.toLowerCase().charCodeAt(0));
      }
    }
  }
}

/**
 * Several wildcard patterns read as one (their union): a string is in a cell of the union when
 * one of them matches. Patterns whose matches count alike (the same statements hold them) need
 * no cell of their own, and once one of them accepts every continuation the others are no longer
 * followed. State: `part << 16 | position` per live position; `[-1]` once universal.
 */
class Union {
  readonly written: number[] = [];
  constructor(readonly parts: readonly Nfa[]) {
    for (const n of parts) this.written.push(...n.written);
  }
  #split(state: readonly number[]): number[][] {
    const out: number[][] = this.parts.map(() => []);
    for (const x of state) out[x >> 16]!.push(x & 0xffff);
    return out;
  }
  #join(sets: readonly (readonly number[])[]): number[] {
    const out: number[] = [];
    for (let i = 0; i < sets.length; i++) {
      const set = sets[i]!;
      const n = this.parts[i]!;
      if (n.universal !== -1 && set.length === 1 && set[0] === n.universal) return [-1];
      for (const pos of set) out.push((i << 16) | pos);
    }
    return out;
  }
  start(): number[] {
    return this.#join(this.parts.map((n) => n.start()));
  }
  step(state: readonly number[], c: number): number[] {
    if (state[0] === -1) return state as number[];
    return this.#join(this.#split(state).map((set, i) => (set.length === 0 ? set : this.parts[i]!.step(set, c))));
  }
  sig(state: readonly number[]): string {
    return state[0] === -1 || this.#split(state).some((set, i) => set.length > 0 && this.parts[i]!.accepts(set)) ? '1' : '0';
  }
  chars(into: Set<number>): void {
    for (const n of this.parts) n.chars(into);
  }
  relevant(state: readonly number[], into: Set<number>): void {
    if (state[0] === -1) return;
    this.#split(state).forEach((set, i) => {
      if (set.length > 0) this.parts[i]!.relevant(set, into);
    });
  }
}

/** What the product walk needs of a matcher. */
interface Matcher {
  readonly written: readonly number[];
  start(): number[];
  step(state: readonly number[], c: number): number[];
  sig(state: readonly number[]): string;
  chars(into: Set<number>): void;
  /** Characters that some position of `state` reads as a literal (every other character acts alike). */
  relevant(state: readonly number[], into: Set<number>): void;
}

function addCases(c: number, folds: boolean, into: Set<number>): void {
  into.add(c);
  if (folds) {
    const ch = String.fromCharCode(c);
    into.add(ch.toUpperCase().charCodeAt(0));
    into.add(ch.toLowerCase().charCodeAt(0));
  }
}

/** A shape every proposed string must have (a small deterministic automaton over character classes). */
export interface Shape {
  readonly start: number;
  /** Next state, or -1 (rejected). */
  step(state: number, c: number): number;
  accepts(state: number): boolean;
  /** Class of a character: characters of one class are interchangeable for the shape. */
  classOf(c: number): number;
  /** Candidate fresh characters, tried in order, for each class. */
  readonly fresh: readonly (readonly number[])[];
}

const isPrefixChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
const codes = (s: string) => [...s].map((ch) => ch.charCodeAt(0));
const OTHER_FRESH = codes('_~#!é§¤');
const LETTER_FRESH = codes('qzxjkvwyfghbmnpdcutrsolieaQZXJKVWYFGHBMNPDCUTRSOLIEA0123456789-');

/** Any string. Class 0: `:`; class 1: every other character. */
export const ANY_TEXT: Shape = {
  start: 0,
  step: () => 0,
  accepts: () => true,
  classOf: (c) => (c === COLON ? 0 : 1),
  fresh: [[], [...LETTER_FRESH, ...OTHER_FRESH]],
};

/** An action name `prefix:Name`: prefix of letters, digits and `-`, a non-empty name without `:`. */
export const ACTION_TEXT: Shape = {
  start: 0,
  step: (s, c) => {
    if (s === 0 || s === 1) return isPrefixChar(c) ? 1 : c === COLON && s === 1 ? 2 : -1;
    return c === COLON ? -1 : 3;
  },
  accepts: (s) => s === 3,
  classOf: (c) => (c === COLON ? 0 : isPrefixChar(c) ? 1 : 2),
  fresh: [[], LETTER_FRESH, OTHER_FRESH],
};

/**
 * The clock every time limit of the analyses reads (milliseconds): monotonic (`performance.now`),
 * so a system clock set back during a run does not lift the limit, as `Date.now` did. Tests replace
 * `now` to check the limits without depending on the machine's speed.
 */
export const analyzeClock = { now: (): number => performance.now() };

/**
 * The deadline of one public call: `timeoutMs` (default 10,000) from now. Every search of the
 * call (both directions of a compare, each new statement's search) gets what is left of it.
 */
export function deadlineOf(timeoutMs: number | undefined): number {
  return analyzeClock.now() + (timeoutMs ?? 10_000);
}

/**
 * A check of the deadline for a long loop: call it with the work of each step (one unit is about
 * one matcher or condition call); it reads the clock once per `every` units and throws
 * {@link WorkLimit} (`what` timed out) past `deadline`. Steps of a search over policies of
 * thousands of statements (every statement matched against every candidate) otherwise ran for
 * seconds between two readings.
 */
export function pacer(deadline: number, what: string, every = 4096): (work: number) => void {
  if (deadline === Infinity) return () => {};
  let done = 0;
  return (work) => {
    done += work;
    if (done < every) return;
    done = 0;
    if (analyzeClock.now() >= deadline) throw new WorkLimit(analyzeMessages.timedOut(what));
  };
}

/** Thrown when a walk exceeds its budget of states. */
export class WorkLimit extends Error {
  constructor(readonly what: string) {
    super(analyzeMessages.workLimit(what));
  }
}

/**
 * One string per reachable cell of the patterns (and per acceptance of the shape): for every
 * combination of "pattern matches / does not" that some string of the shape realises, the
 * shortest such string. With `groups`, wildcard patterns of one group count as one pattern (their
 * union): one string per combination of "some pattern of the group matches / none does".
 *
 * @example
 * ```ts
 * import { ACTION_TEXT, cellRepresentatives } from './regions.js';
 * cellRepresentatives([[{ text: 's3:Get*', fold: true, colonFree: false }]], ACTION_TEXT, 1000);
 * // e.g. ['s3:get', 'q:q'] (one string matching, one not)
 * ```
 */
export function cellRepresentatives(
  patterns: readonly SegmentedPattern[],
  shape: Shape,
  maxStates: number,
  what = 'splitting strings',
  deadline = Infinity,
  groups?: readonly string[],
): string[] {
  // wildcard-free patterns of one kind go into a trie each (kind: how many components fold case);
  // wildcard patterns of one group (`groups[i]`, when given) are read as their union
  const nfas: Matcher[] = [];
  const literals = new Map<number, string[]>();
  const unions = new Map<string, Nfa[]>();
  // the names written without wildcards, to spell representatives as written (asWritten)
  const written: string[] = [];
  patterns.forEach((p, i) => {
    const n = new Nfa(p);
    const text = n.literalText;
    if (text !== undefined) written.push(text);
    const foldKinds = p.map((seg) => seg.fold);
    const foldComponents = foldKinds.every((f) => f) ? Infinity : foldKinds.every((f, i) => f === (i < foldKinds.length - 1)) && p.length === 6 ? 5 : foldKinds.every((f) => !f) ? 0 : -1;
    const group = groups?.[i];
    if ((text === undefined || foldComponents === -1) && group !== undefined) {
      let list = unions.get(group);
      if (list === undefined) unions.set(group, (list = []));
      list.push(n);
    } else if (text === undefined || foldComponents === -1) nfas.push(n);
    else {
      let list = literals.get(foldComponents);
      if (list === undefined) literals.set(foldComponents, (list = []));
      list.push(text);
    }
  });
  for (const list of unions.values()) nfas.push(list.length === 1 ? list[0]! : new Union(list));
  for (const [foldComponents, list] of literals) nfas.push(new Trie(list, foldComponents));
  // characters as written first, so that the shortest representatives read like the policies
  const alphabet = new Set<number>();
  for (const n of nfas) for (const c of n.written) alphabet.add(c);
  alphabet.add(COLON);
  for (const n of nfas) n.chars(alphabet);
  const classes = new Set<number>();
  for (const c of alphabet) classes.add(shape.classOf(c));
  shape.fresh.forEach((list, cls) => {
    for (const c of list)
      if (!alphabet.has(c) && !alphabet.has(fold(c)) && !alphabet.has(String.fromCharCode(c).toUpperCase().charCodeAt(0))) {
        alphabet.add(c);
        return;
      }
    void cls;
  });
  const letters = [...alphabet];

  // each matcher's state sets interned as small numbers, with their steps, signatures and relevant
  // letters remembered: the product walk meets the same few sets of each matcher again and again
  // (the bench's pair with every statement changed: 20 walks of about 100 product states)
  const L = letters.length;
  const classOf = letters.map((c) => shape.classOf(c));
  const COLON_AT = letters.indexOf(COLON);
  const tables = nfas.map((m) => {
    const ids = new Map<string, number>();
    const sets: (readonly number[])[] = [];
    const sigs: string[] = [];
    const relevant: number[][] = [];
    const steps = new Map<number, number>();
    const intern = (set: readonly number[]): number => {
      const k = set.join(',');
      let id = ids.get(k);
      if (id === undefined) {
        ids.set(k, (id = sets.length));
        sets.push(set);
        sigs.push(m.sig(set));
        const chars = new Set<number>();
        if (set.length > 0) m.relevant(set, chars);
        const at: number[] = [];
        for (let li = 0; li < L; li++) if (chars.has(letters[li]!)) at.push(li);
        relevant.push(at);
      }
      return id;
    };
    const step = (id: number, li: number): number => {
      const set = sets[id]!;
      if (set.length === 0) return id;
      const k = id * L + li;
      let to = steps.get(k);
      if (to === undefined) steps.set(k, (to = intern(m.step(set, letters[li]!))));
      return to;
    };
    return { intern, step, sigs, relevant };
  });

  interface State {
    readonly shape: number;
    /** The state of each matcher, interned. */
    readonly ids: readonly number[];
    readonly text: string;
  }
  const keyOf = (shapeState: number, ids: readonly number[]) => `${shapeState}|${ids.join(',')}`;
  const start: State = { shape: shape.start, ids: nfas.map((n, i) => tables[i]!.intern(n.start())), text: '' };
  const seen = new Set<string>([keyOf(start.shape, start.ids)]);
  const cells = new Map<string, string>();
  const record = (s: State) => {
    if (!shape.accepts(s.shape)) return;
    let sig = '';
    for (let i = 0; i < nfas.length; i++) sig += `${tables[i]!.sigs[s.ids[i]!]!},`;
    if (!cells.has(sig)) cells.set(sig, s.text);
  };
  record(start);
  let frontier: State[] = [start];
  // marks[li] === mark: letter li is read by some live matcher of the state at hand
  const marks = new Int32Array(L);
  let mark = 0;
  // the clock per some thousand matcher steps: a walk of thousands of patterns (one matcher per
  // statement) took seconds for fewer than the 1,024 new states it read the clock after
  const pace = pacer(deadline, what);
  while (frontier.length > 0) {
    const next: State[] = [];
    for (const s of frontier) {
      // the characters some live matcher reads, and one of every other class (they act alike)
      mark++;
      if (COLON_AT !== -1) marks[COLON_AT] = mark;
      for (let i = 0; i < s.ids.length; i++) for (const li of tables[i]!.relevant[s.ids[i]!]!) marks[li] = mark;
      const step: number[] = [];
      const classes = new Set<number>();
      for (let li = 0; li < L; li++)
        if (marks[li] === mark) step.push(li);
        else if (!classes.has(classOf[li]!)) {
          classes.add(classOf[li]!);
          step.push(li);
        }
      for (const li of step) {
        const c = letters[li]!;
        const sh = shape.step(s.shape, c);
        if (sh === -1) continue;
        pace(s.ids.length);
        const ids = s.ids.map((id, i) => tables[i]!.step(id, li));
        const key = keyOf(sh, ids);
        if (seen.has(key)) continue;
        seen.add(key);
        if (seen.size > maxStates) throw new WorkLimit(what);
        const st: State = { shape: sh, ids, text: s.text + String.fromCharCode(c) };
        record(st);
        next.push(st);
      }
    }
    frontier = next;
  }
  return patterns.every((p) => p.every((seg) => seg.fold)) ? asWritten([...cells.values()], written) : [...cells.values()];
}

/** `text` with every code unit folded to lower case, as the engine folds. */
function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(fold(text.charCodeAt(i)));
  return out;
}

/**
 * The representatives, each one that is a name written in the patterns in other case spelled as
 * written (`s3:DeleteObject`, where the walk met the `L` of `s3:ListBucket` first and gave
 * `s3:DeLeteObject`). Used only when every pattern folds case in every segment (actions): a text and
 * its case variants then meet the same patterns, so each representative stays in its cell.
 */
function asWritten(texts: readonly string[], written: readonly string[]): string[] {
  const byFold = new Map<string, string>();
  for (const w of written) if (!byFold.has(foldText(w))) byFold.set(foldText(w), w);
  return texts.map((t) => byFold.get(foldText(t)) ?? t);
}
