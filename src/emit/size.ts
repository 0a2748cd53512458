/** Exact size counting against a target (iam-reference §5). */
import { PolicyArgumentError, PolicyQuotaError, PolicySizeError, type QuotaExcess } from '../errors.js';
import { notCountable, sendCompact } from '../messages.js';
import type { PolicyDocument, PolicyKind } from '../model/policy-document.js';
import { resolveTarget, type SizeTarget, type SizeTargetName } from './size-targets.js';
import { isRecord } from '../internal/record.js';

/** What {@link measure} and `Policy.size()` report. Never throws. */
export interface SizeReport {
  /** Counted size in the target's unit. */
  readonly length: number;
  readonly limit: number;
  readonly target: SizeTargetName | string;
  readonly unit: 'characters' | 'bytes';
  readonly fits: boolean;
  /** `length - limit` when over, else 0. */
  readonly over: number;
  /** `limit - length` when it fits, else 0. */
  readonly headroom: number;
}

/** True for a UTF-16 low surrogate, the second half of a pair. */
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Number of UTF-8 bytes of `text`, without Buffer (runs in browsers too): a surrogate pair is 4,
 * a lone surrogate 3 (it is sent as U+FFFD), as `TextEncoder` counts.
 */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    // a high surrogate followed by a low one (past the end charCodeAt is NaN: no pair)
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Counts `text` the way `target` does: the compact text for targets that ignore whitespace, the
 * exact text otherwise; characters or UTF-8 bytes.
 *
 * @param compact the compact (no-whitespace) JSON of the same document
 * @param sent the exact text that will be sent (compact or pretty)
 */
export function measure(compact: string, sent: string, target: SizeTargetName | SizeTarget): SizeReport {
  const t = resolveTarget(target);
  const text = t.whitespaceCounts ? sent : compact;
  return report(t.unit === 'bytes' ? utf8Length(text) : text.length, t);
}

/** Builds a {@link SizeReport} for a counted `length`. */
export function report(length: number, t: SizeTarget): SizeReport {
  const fits = length <= t.limit;
  return Object.freeze({
    length,
    limit: t.limit,
    target: t.name,
    unit: t.unit,
    fits,
    over: fits ? 0 : length - t.limit,
    headroom: fits ? t.limit - length : 0,
  });
}

/**
 * Throws {@link PolicySizeError} when `r` does not fit: the one place that makes one. `detail`
 * says how to fit; by default the error gives the advice for the target (and the policy's `kind`).
 */
export function assertFits(r: Pick<SizeReport, 'length' | 'limit' | 'target' | 'unit' | 'fits'>, detail?: string, kind?: PolicyKind): void {
  if (!r.fits) throw new PolicySizeError({ length: r.length, limit: r.limit, target: String(r.target), unit: r.unit, detail, kind });
}

/**
 * The check of `toString()`: throws {@link PolicySizeError} when the text sent (`sent`; `compact`
 * without whitespace) of a policy of `kind` does not fit `target`. When only the indentation puts
 * it over a target that counts whitespace, the error says so; otherwise it gives the advice of
 * `otherwise` when that has one (a parsed policy whose canonical form fits, parsed.ts).
 */
export function assertSentFits(compact: string, sent: string, target: SizeTargetName | SizeTarget, kind: PolicyKind, otherwise?: (t: SizeTarget) => string | undefined): void {
  // resolved once: both counts use the same fields (a target of your own is read once)
  const t = resolveTarget(target);
  const r = measure(compact, sent, t);
  if (r.fits) return;
  const c = sent === compact ? r : measure(compact, compact, t);
  assertFits(r, c.fits ? sendCompact(c.length, c.unit) : otherwise?.(t), kind);
}

/**
 * The element-count quotas of `target` (its `counts`: statements, actions per statement) that
 * `doc` exceeds; none for targets without such quotas. Counts the entries as the document holds
 * them; a document in JSON form counts as AWS reads it (a single `Statement` object is one
 * statement, a string `Action` one action). What is no policy document (no `Statement` object or
 * list, a statement that is no object, an `Action` neither string nor list) is refused with a
 * {@link PolicyArgumentError}, whatever the target: it never "fits".
 *
 * @example
 * ```ts
 * import { allow, countExcesses, policy, principal } from 'typed-iam';
 * const queue = policy.resource(allow('sqs:SendMessage').on('*').by(principal.account('111122223333')));
 * countExcesses(queue.document, 'sqs-queue'); // []
 * ```
 */
export function countExcesses(doc: PolicyDocument, target: SizeTargetName | SizeTarget): QuotaExcess[] {
  const list: unknown = typeof doc === 'object' && doc !== null ? doc.Statement : undefined;
  const statements = Array.isArray(list) ? list : isRecord(list) ? [list] : undefined;
  if (statements === undefined) throw new PolicyArgumentError('doc', notCountable(doc, 'Statement'));
  const actions = statements.map((s: unknown, i) => {
    const a: unknown = isRecord(s) ? s.Action : null;
    if (a === undefined || typeof a === 'string' || Array.isArray(a)) return a === undefined ? 0 : typeof a === 'string' ? 1 : a.length;
    throw new PolicyArgumentError(`doc.Statement[${i}]`, notCountable(s, isRecord(s) ? 'Action' : 'statement'));
  });
  return excesses(statements.length, actions, resolveTarget(target));
}


/** The quotas of `t` that a policy of `statements` statements, with `actions[i]` actions in statement i, exceeds. */
function excesses(statements: number, actions: readonly number[], t: SizeTarget): QuotaExcess[] {
  const out: QuotaExcess[] = [];
  const { statements: most, actionsPerStatement } = t.counts ?? {};
  if (most !== undefined && statements > most) out.push({ quota: 'statements', count: statements, limit: most, path: 'Statement' });
  if (actionsPerStatement !== undefined)
    actions.forEach((n, i) => {
      if (n > actionsPerStatement) out.push({ quota: 'actionsPerStatement', count: n, limit: actionsPerStatement, path: `Statement[${i}].Action` });
    });
  return out;
}

/** Throws {@link PolicyQuotaError} when `doc` (the model form) exceeds an element-count quota of `target`: the one place that makes one. */
export function assertCountsFit(doc: PolicyDocument, target: SizeTargetName | SizeTarget): void {
  const t = resolveTarget(target);
  const found = excesses(doc.Statement.length, doc.Statement.map((s) => s.Action?.length ?? 0), t);
  if (found.length > 0) throw new PolicyQuotaError(t.name, found as [QuotaExcess, ...QuotaExcess[]]);
}
