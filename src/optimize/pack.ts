/**
 * Exact packing of statements into policies, dividing a statement that no policy can hold whole.
 * Sizes are counted on the canonical compact JSON the policy object emits: a document is its
 * header plus its statements joined by commas, so the size of any part is known exactly from
 * per-statement lengths; every part is re-measured with `Policy.size` before it is returned.
 */

import { emitDocument, emitStatement } from '../emit/emit.js';
import { assertFits, report, utf8Length } from '../emit/size.js';
import { bug } from '../internal/bug.js';
import type { SizeTarget } from '../emit/size-targets.js';
import type { PolicyDocument, Statement } from '../model/policy-document.js';
import { optimizeMessages } from './messages.js';

type Unit = SizeTarget['unit'];

/** Counted length of compact JSON text in a target's unit. */
export function countIn(text: string, unit: Unit): number {
  return unit === 'bytes' ? utf8Length(text) : text.length;
}

/** How a statement is named in messages: its Sid when it has one, always its index. */
export function statementName(s: Statement, index: number): string {
  return s.Sid !== undefined && s.Sid !== '' ? `Statement[${index}] (Sid ${JSON.stringify(s.Sid)})` : `Statement[${index}]`;
}

/** Length of a statement's compact JSON in `unit`. */
export function statementLength(s: Statement, unit: Unit): number {
  return countIn(JSON.stringify(emitStatement(s)), unit);
}

/** Length of a document with no statements (`{"Version":"2012-10-17","Statement":[]}`) in `unit`. */
export function headerLength(doc: PolicyDocument, unit: Unit): number {
  return countIn(JSON.stringify(emitDocument({ ...doc, Statement: [] })), unit);
}

/** The lists a statement may be divided along: a union over their values (never NotAction / NotResource). */
const DIVISIBLE = ['Resource', 'Action'] as const;
type Divisible = (typeof DIVISIBLE)[number];

function withList(s: Statement, el: Divisible, values: readonly string[], sid: string | undefined): Statement {
  const out: { -readonly [K in keyof Statement]: Statement[K] } = { ...s, [el]: values };
  if (sid !== undefined) out.Sid = sid;
  return out;
}

/**
 * Divides `s` into statements that each fit their budget (the longest statement text allowed, in
 * `unit`): piece 0 gets `first`, every later piece `rest`. The Resource list (or the Action list,
 * whichever is longer; the other one too when a single value is still too much) is cut into runs
 * in order, each run as long as its budget allows, counted exactly. Every piece keeps the Effect,
 * Principal, NotPrincipal, NotAction, NotResource and Condition of `s`, so the pieces together
 * allow (or deny) exactly what `s` does: a statement over a list of values is the union of the
 * statements over parts of it. A Sid gets the piece number appended (`Read1`, `Read2`, ...),
 * skipping names in `taken` (which it extends). Returns `fresh: true` when not even the smallest
 * piece fits `first` (the caller then starts a new part and gives it `rest`); `undefined` when
 * the smallest piece does not fit `rest` either.
 */
export function divideStatement(
  s: Statement,
  first: number,
  rest: number,
  unit: Unit,
  taken: Set<string>,
): { pieces: Statement[]; fresh: boolean } | undefined {
  const baseSid = s.Sid !== undefined && s.Sid !== '' ? s.Sid : undefined;
  const sidFor = (k: number): string | undefined => {
    if (baseSid === undefined) return undefined;
    let sid = `${baseSid}${k + 1}`;
    while (taken.has(sid)) sid += '0';
    return sid;
  };
  const pieces: Statement[] = [];
  let fresh = false;
  const budget = (): number => (pieces.length === 0 && !fresh ? first : rest);

  /** Appends pieces for `t` (Sid not yet numbered) dividing along `lists` in order; false when impossible. */
  const divide = (t: Statement, lists: readonly Divisible[]): boolean => {
    const el = lists[0];
    if (el === undefined) {
      // nothing left to divide: the piece must fit as it is
      const sid = sidFor(pieces.length);
      const piece = sid === undefined ? t : { ...t, Sid: sid };
      if (statementLength(piece, unit) > budget()) {
        if (pieces.length > 0 || fresh || statementLength(piece, unit) > rest) return false;
        fresh = true;
      }
      if (sid !== undefined) taken.add(sid);
      pieces.push(piece);
      return true;
    }
    const values = [...new Set(t[el]!)];
    const others = lists.slice(1);
    // text of the statement with an empty list is `[]`: the base is that minus 2
    const widths = values.map((v) => countIn(JSON.stringify(v), unit));
    let i = 0;
    while (i < values.length) {
      const sid = sidFor(pieces.length);
      const base = statementLength(withList(t, el, [], sid), unit) - 2;
      const room = budget() - base;
      // longest run from i: one value costs its width, n values 2 + widths + (n - 1) commas
      let n = 0;
      let cost = 0;
      while (i + n < values.length) {
        const next = n === 0 ? widths[i]! : n === 1 ? cost + 3 + widths[i + n]! : cost + 1 + widths[i + n]!;
        if (next > room) break;
        cost = next;
        n++;
      }
      if (n === 0) {
        // one value is too much for this budget: a fresh part may have more room
        if (pieces.length === 0 && !fresh && rest > first) {
          fresh = true;
          continue;
        }
        if (!divide(withList(t, el, [values[i]!], undefined), others)) return false;
        i++;
        continue;
      }
      if (sid !== undefined) taken.add(sid);
      pieces.push(withList(t, el, values.slice(i, i + n), sid));
      i += n;
    }
    return true;
  };

  const lists = DIVISIBLE.filter((el) => s[el] !== undefined && s[el]!.length > 0);
  // the longer list first: fewer pieces
  const chars = (el: Divisible) => s[el]!.reduce((sum, v) => sum + v.length + 3, 0);
  lists.sort((a, b) => chars(b) - chars(a));
  const unnumbered = baseSid === undefined ? s : { ...s, Sid: baseSid };
  return divide(unnumbered, lists) ? { pieces, fresh } : undefined;
}

/**
 * The largest piece {@link divideStatement} can cut `s` into: each divisible list down to its
 * longest value, the Sid numbered as a first piece. Every piece of `s` must fit, so this one tells
 * how much too large the parts kept whole (NotAction, NotResource, Principal, Condition) are.
 */
function finestPiece(s: Statement, unit: Unit): Statement {
  const out: { -readonly [K in keyof Statement]: Statement[K] } = { ...s };
  for (const el of DIVISIBLE) {
    const values = s[el];
    if (values === undefined || values.length < 2) continue;
    const width = (v: string) => countIn(JSON.stringify(v), unit);
    out[el] = [values.reduce((a, b) => (width(b) > width(a) ? b : a))];
  }
  if (s.Sid !== undefined && s.Sid !== '') out.Sid = `${s.Sid}1`;
  return out;
}

/**
 * Packs statements into parts in order (next-fit): a statement goes to the current part when it
 * has room, else to a new one. So appending statements never changes any part but the last, and
 * every part but the last is full. `targetOf(i)` is the target of part `i`. A statement that no
 * part can hold whole is divided (see {@link divideStatement}): its first piece fills the current
 * part, the others start new parts. Sids must be unique on entry; pieces get unique Sids.
 * Throws {@link PolicySizeError} naming a statement that cannot be divided small enough (its
 * NotAction, NotResource, Principal or Condition alone is too large). A part can be empty only
 * when the next part's target is larger (planRole's inline policy when little of it is left).
 */
export function packStatements(doc: PolicyDocument, statements: readonly Statement[], targetOf: (part: number) => SizeTarget): Statement[][] {
  const taken = new Set<string>();
  for (const s of statements) if (s.Sid !== undefined && s.Sid !== '') taken.add(s.Sid);
  const headers = new Map<Unit, number>();
  const head = (t: SizeTarget): number => {
    let h = headers.get(t.unit);
    if (h === undefined) headers.set(t.unit, (h = headerLength(doc, t.unit)));
    return h;
  };
  const parts: Statement[][] = [[]];
  let used = 0; // counted length of the current part's statements, commas included
  const room = (): number => {
    const t = targetOf(parts.length - 1);
    return t.limit - head(t) - (parts[parts.length - 1]!.length === 0 ? 0 : used + 1);
  };
  const freshRoom = (part: number): number => {
    const t = targetOf(part);
    return t.limit - head(t);
  };
  const place = (s: Statement, length: number): void => {
    const current = parts[parts.length - 1]!;
    used = current.length === 0 ? length : used + 1 + length;
    current.push(s);
  };
  const open = (): void => {
    parts.push([]);
    used = 0;
  };

  statements.forEach((s, index) => {
    const unit = targetOf(parts.length - 1).unit;
    const length = statementLength(s, unit);
    if (length <= room()) return place(s, length);
    // a new part's target may count in another unit
    const next = targetOf(parts.length);
    const nextLength = next.unit === unit ? length : statementLength(s, next.unit);
    if (nextLength <= freshRoom(parts.length)) {
      open();
      return place(s, nextLength);
    }
    const divided = divideStatement(s, room(), freshRoom(parts.length), unit, taken);
    if (divided === undefined) {
      // the error measures the piece that cannot be divided further, so `over` is what to cut;
      // it is over a fresh part's room (a longer piece number aside: then by at least 1)
      const piece = Math.max(statementLength(finestPiece(s, next.unit), next.unit), freshRoom(parts.length) + 1);
      assertFits(report(head(next) + piece, next), optimizeMessages.statementTooLarge(statementName(s, index)));
      return bug('a statement larger than a fresh part fits its target');
    }
    divided.pieces.forEach((piece, k) => {
      if (k > 0 || divided.fresh) open();
      place(piece, statementLength(piece, targetOf(parts.length - 1).unit));
    });
  });
  return parts;
}
