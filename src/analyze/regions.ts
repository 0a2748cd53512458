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
import { REQUEST_ARN } from '../model/arn.js';
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

  closure(set: Iterable<number>): number[] {
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
    if (state.length === 1) {
      // one position not before a `*` (most states): what closure makes of the one position reached, without the lists
      const p = state[0]!;
      const tok = this.tokens[p];
      const after = this.tokens[p + 1];
      if (tok !== undefined && tok.t !== T.Star && (after === undefined || after.t !== T.Star)) {
        if (tok.colonFree && c === COLON && tok.t !== T.Sep) return [];
        const hit = tok.t === T.Char ? (tok.fold ? fold(c) : c) === tok.c : tok.t === T.Any || c === COLON;
        return hit ? [p + 1] : [];
      }
    }
    // the positions reached, each once (closure sorts them): an array, as a state holds a few
    const next: number[] = [];
    const fc = fold(c);
    for (const p of state) {
      const tok = this.tokens[p];
      if (tok === undefined) continue;
      if (tok.colonFree && c === COLON && tok.t !== T.Sep) continue;
      let to = -1;
      switch (tok.t) {
        case T.Char:
          if ((tok.fold ? fc : c) === tok.c) to = p + 1;
          break;
        case T.Any:
          to = p + 1;
          break;
        case T.Star:
          to = p;
          break;
        case T.Sep:
          if (c === COLON) to = p + 1;
          break;
      }
      if (to !== -1 && !next.includes(to)) next.push(to);
    }
    return next.length === 0 ? [] : this.closure(next);
  }

  accepts(state: readonly number[]): boolean {
    return state.includes(this.tokens.length) || (this.universal !== -1 && state[0] === this.universal);
  }

  start(): number[] {
    return this.closure(new Set([0]));
  }

  relevant(state: readonly number[], into: Set<number>): void {
    for (const p of state) this.relevantAt(p, into);
  }

  /** The characters position `p` reads as a literal. */
  relevantAt(p: number, into: Set<number>): void {
    const tok = this.tokens[p];
    if (tok === undefined) return;
    if (tok.t === T.Char) addCases(tok.c, tok.fold, into);
    else if (tok.t === T.Sep) into.add(COLON);
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
    for (const tok of this.tokens) if (tok.t === T.Char) addCases(tok.c, tok.fold, into);
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
    for (const c of this.written) addCases(c, this.foldComponents > 0, into);
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
  /** The positions of one part while stepping (reused). */
  readonly #run: number[] = [];
  constructor(readonly parts: readonly Nfa[]) {
    for (const n of parts) this.written.push(...n.written);
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
    // each part's run of positions stepped, joined as #join does (no list per part: the walk's
    // union steps were a sixth of its time)
    const out: number[] = [];
    const set = this.#run;
    for (let k = 0; k < state.length; ) {
      const i = state[k]! >> 16;
      set.length = 0;
      for (; k < state.length && state[k]! >> 16 === i; k++) set.push(state[k]! & 0xffff);
      const n = this.parts[i]!;
      const stepped = n.step(set, c);
      if (n.universal !== -1 && stepped.length === 1 && stepped[0] === n.universal) return [-1];
      for (const pos of stepped) out.push((i << 16) | pos);
    }
    return out;
  }
  sig(state: readonly number[]): string {
    if (state[0] === -1) return '1';
    // some part accepts (Nfa.accepts on the part's run, without splitting the state into lists)
    for (let k = 0; k < state.length; k++) {
      const i = state[k]! >> 16;
      const pos = state[k]! & 0xffff;
      const n = this.parts[i]!;
      if (pos === n.tokens.length || (n.universal !== -1 && pos === n.universal && (k === 0 || state[k - 1]! >> 16 !== i))) return '1';
    }
    return '0';
  }
  chars(into: Set<number>): void {
    for (const n of this.parts) n.chars(into);
  }
  relevant(state: readonly number[], into: Set<number>): void {
    if (state[0] === -1) return;
    for (const x of state) this.parts[x >> 16]!.relevantAt(x & 0xffff, into);
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
    // ASCII without a string (what toUpperCase/toLowerCase give there)
    if (c < 128) {
      if (c >= 97 && c <= 122) into.add(c - 32);
      else if (c >= 65 && c <= 90) into.add(c + 32);
      return;
    }
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
  /** Characters every walk reads, whatever the patterns write (the literal text the shape asks for). */
  readonly required?: readonly number[];
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

/**
 * The ARN a request names (the model's {@link REQUEST_ARN}): the analyzer's resource witnesses are
 * requests `evaluate` takes. `arn` is read as written, whatever case the patterns write it in.
 */
export const RESOURCE_TEXT: Shape = {
  ...REQUEST_ARN,
  // class 5 (any other) fresh: lower-case letters and digits, which every field takes
  fresh: [[], [], [], [], [], [...LETTER_FRESH.filter((c) => c < 65 || c > 90), ...OTHER_FRESH], []],
  required: codes('arn'),
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
 * // ['s:s', 's3:Get'] (one string not matching, one matching)
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
  for (const c of shape.required ?? []) alphabet.add(c);
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
  const letterAt = new Map<number, number>();
  letters.forEach((c, li) => letterAt.set(c, li));
  // the shape's classes as dense numbers (marked per state like the letters)
  const classIds = new Map<number, number>();
  const classOf = letters.map((c) => {
    const cls = shape.classOf(c);
    let id = classIds.get(cls);
    if (id === undefined) classIds.set(cls, (id = classIds.size));
    return id;
  });
  const COLON_AT = letters.indexOf(COLON);
  const tables = nfas.map((m) => {
    // sets of one position (most) by that position, others by their text
    const ones = new Map<number, number>();
    const ids = new Map<string, number>();
    const sets: (readonly number[])[] = [];
    // each set's signature (its part of a cell's), as a small number per distinct signature
    const sigs: number[] = [];
    const sigIds = new Map<string, number>();
    const relevant: number[][] = [];
    const relevantChars = new Set<number>();
    // steps[id][li]: 1 + the id letter li leads to, 0 until computed
    const steps: number[][] = [];
    // the id of the empty set (no live position), where most steps lead; -1 until met
    let dead = -1;
    const intern = (set: readonly number[]): number => {
      const one = set.length === 1;
      const k = one ? '' : set.join(',');
      let id = one ? ones.get(set[0]!) : ids.get(k);
      if (id === undefined) {
        id = sets.length;
        if (one) ones.set(set[0]!, id);
        else ids.set(k, id);
        sets.push(set);
        const sig = m.sig(set);
        let sigId = sigIds.get(sig);
        if (sigId === undefined) sigIds.set(sig, (sigId = sigIds.size));
        sigs.push(sigId);
        const chars = relevantChars;
        chars.clear();
        if (set.length > 0) m.relevant(set, chars);
        const at: number[] = [];
        for (const c of chars) {
          const li = letterAt.get(c);
          if (li !== undefined) at.push(li);
        }
        relevant.push(at);
        steps.push(new Array<number>(L).fill(0));
      }
      return id;
    };
    const step = (id: number, li: number): number => {
      const set = sets[id]!;
      if (set.length === 0) return id;
      const row = steps[id]!;
      let to = row[li]! - 1;
      if (to === -1) {
        const next = m.step(set, letters[li]!);
        to = next.length > 0 ? intern(next) : dead !== -1 ? dead : (dead = intern(next));
        row[li] = to + 1;
      }
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
  const M = nfas.length;
  // no string or list made per step (states, cells, union steps): the bench's every-changed pair -27% CPU, its walks -48% (same-process A/B, load 11)
  // product states met, by a hash of (shape state, ids) and then compared: a string key made per
  // step and hashed was a third of the walk's own time
  const seen = new Map<number, State[]>();
  let seenCount = 0;
  const hashOf = (sh: number, ids: readonly number[]): number => {
    let h = sh;
    for (let i = 0; i < M; i++) h = (Math.imul(h, 0x01000193) ^ ids[i]!) | 0;
    return h;
  };
  /** The state met before with this shape state and these ids, if any. */
  const met = (bucket: readonly State[], sh: number, ids: readonly number[]): boolean => {
    for (const o of bucket) {
      if (o.shape !== sh) continue;
      let i = 0;
      while (i < M && o.ids[i] === ids[i]) i++;
      if (i === M) return true;
    }
    return false;
  };
  const start: State = { shape: shape.start, ids: nfas.map((n, i) => tables[i]!.intern(n.start())), text: '' };
  seen.set(hashOf(start.shape, start.ids), [start]);
  seenCount = 1;
  // one text per cell (the first met), a cell being the signatures of the matchers' states; cells
  // by a hash of their signatures, then compared (a string made per state was a tenth of the walk)
  const cells: string[] = [];
  const cellsByHash = new Map<number, number[][]>();
  const record = (s: State) => {
    if (!shape.accepts(s.shape)) return;
    const sig: number[] = [];
    let h = 0;
    for (let i = 0; i < M; i++) {
      const x = tables[i]!.sigs[s.ids[i]!]!;
      sig.push(x);
      h = (Math.imul(h, 0x01000193) ^ x) | 0;
    }
    const bucket = cellsByHash.get(h);
    if (bucket === undefined) cellsByHash.set(h, [sig]);
    else if (bucket.some((o) => o.every((x, i) => x === sig[i]))) return;
    else bucket.push(sig);
    cells.push(s.text);
  };
  record(start);
  let frontier: State[] = [start];
  // marks[li] === mark: letter li is read by some live matcher of the state at hand; classMarks
  // likewise for the classes of the letters stepped so far
  const marks = new Int32Array(L);
  const classMarks = new Int32Array(classIds.size);
  let mark = 0;
  const step: number[] = [];
  const scratch: number[] = new Array<number>(M).fill(0);
  // the clock per some thousand matcher steps: a walk of thousands of patterns (one matcher per
  // statement) took seconds for fewer than the 1,024 new states it read the clock after
  const pace = pacer(deadline, what);
  while (frontier.length > 0) {
    const next: State[] = [];
    for (const s of frontier) {
      // the characters some live matcher reads, and one of every other class (they act alike)
      mark++;
      if (COLON_AT !== -1) marks[COLON_AT] = mark;
      for (let i = 0; i < M; i++) for (const li of tables[i]!.relevant[s.ids[i]!]!) marks[li] = mark;
      step.length = 0;
      for (let li = 0; li < L; li++)
        if (marks[li] === mark) step.push(li);
        else if (classMarks[classOf[li]!] !== mark) {
          classMarks[classOf[li]!] = mark;
          step.push(li);
        }
      for (const li of step) {
        const c = letters[li]!;
        const sh = shape.step(s.shape, c);
        if (sh === -1) continue;
        pace(M);
        for (let i = 0; i < M; i++) scratch[i] = tables[i]!.step(s.ids[i]!, li);
        const h = hashOf(sh, scratch);
        const bucket = seen.get(h);
        if (bucket !== undefined && met(bucket, sh, scratch)) continue;
        if (++seenCount > maxStates) throw new WorkLimit(what);
        const st: State = { shape: sh, ids: scratch.slice(), text: s.text + String.fromCharCode(c) };
        if (bucket === undefined) seen.set(h, [st]);
        else bucket.push(st);
        record(st);
        next.push(st);
      }
    }
    frontier = next;
  }
  return patterns.every((p) => p.every((seg) => seg.fold)) ? asWritten(cells, written) : cells;
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
