/** Exact size counting against a target (iam-reference §5). */
import { PolicyQuotaError, PolicySizeError, type QuotaExcess } from '../errors.js';
import { sendCompact } from '../messages.js';
import type { PolicyDocument, PolicyKind } from '../model/policy-document.js';
import { resolveTarget, type SizeTarget, type SizeTargetName } from './size-targets.js';

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
  const length = t.unit === 'bytes' ? utf8Length(text) : text.length;
  return report(length, t);
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
 * it over a target that counts whitespace, the error says so.
 */
export function assertSentFits(compact: string, sent: string, target: SizeTargetName | SizeTarget, kind: PolicyKind): void {
  const r = measure(compact, sent, target);
  if (r.fits) return;
  const c = sent === compact ? r : measure(compact, compact, target);
  assertFits(r, c.fits ? sendCompact(c.length, c.unit) : undefined, kind);
}

/**
 * The element-count quotas of `target` (its `counts`: statements, actions per statement) that
 * `doc` exceeds; none for targets without such quotas. Counts the entries as the document holds
 * them.
 *
 * @example
 * ```ts
 * import { allow, countExcesses, policy, principal } from 'typed-iam';
 * const queue = policy.resource(allow('sqs:SendMessage').on('*').by(principal.account('111122223333')));
 * countExcesses(queue.document, 'sqs-queue'); // []
 * ```
 */
export function countExcesses(doc: PolicyDocument, target: SizeTargetName | SizeTarget): QuotaExcess[] {
  const counts = resolveTarget(target).counts;
  const out: QuotaExcess[] = [];
  if (counts === undefined) return out;
  const { statements, actionsPerStatement } = counts;
  if (statements !== undefined && doc.Statement.length > statements) out.push({ quota: 'statements', count: doc.Statement.length, limit: statements, path: 'Statement' });
  if (actionsPerStatement !== undefined)
    doc.Statement.forEach((s, i) => {
      const n = s.Action?.length ?? 0;
      if (n > actionsPerStatement) out.push({ quota: 'actionsPerStatement', count: n, limit: actionsPerStatement, path: `Statement[${i}].Action` });
    });
  return out;
}

/** Throws {@link PolicyQuotaError} when `doc` exceeds an element-count quota of `target`: the one place that makes one. */
export function assertCountsFit(doc: PolicyDocument, target: SizeTargetName | SizeTarget): void {
  const found = countExcesses(doc, target);
  if (found.length > 0) throw new PolicyQuotaError(resolveTarget(target).name, found as [QuotaExcess, ...QuotaExcess[]]);
}
