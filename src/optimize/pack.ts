/**
 * Exact first-fit packing of statements into policies. Sizes are counted on the canonical compact
 * JSON the policy object emits: a document is its header plus its statements joined by commas, so
 * the size of any part is known exactly from per-statement lengths; every part is re-measured with
 * `Policy.size` before it is returned.
 */
import { PolicySizeError } from '../errors.js';
import { emitDocument, emitStatement } from '../emit/emit.js';
import { utf8Length } from '../emit/size.js';
import type { SizeTarget } from '../emit/size-targets.js';
import type { PolicyDocument, Statement } from '../model/policy-document.js';
import { optimizeMessages } from './messages.js';

/** Counted length of compact JSON text in a target's unit. */
export function countIn(text: string, unit: SizeTarget['unit']): number {
  return unit === 'bytes' ? utf8Length(text) : text.length;
}

/** How a statement is named in messages: its Sid when it has one, always its index. */
export function statementName(s: Statement, index: number): string {
  return s.Sid !== undefined && s.Sid !== '' ? `Statement[${index}] (Sid ${JSON.stringify(s.Sid)})` : `Statement[${index}]`;
}

/** Exact sizes of a document's header and statements, in characters and bytes. */
export interface Measured {
  /** Length of the document with no statements: `{"Version":"2012-10-17","Statement":[]}`. */
  readonly header: { readonly characters: number; readonly bytes: number };
  readonly statements: readonly { readonly characters: number; readonly bytes: number }[];
}

/** Measures a document's pieces once. */
export function measurePieces(doc: PolicyDocument, statements: readonly Statement[]): Measured {
  const head = JSON.stringify(emitDocument({ ...doc, Statement: [] }));
  return {
    header: { characters: head.length, bytes: utf8Length(head) },
    statements: statements.map((s) => {
      const text = JSON.stringify(emitStatement(s));
      return { characters: text.length, bytes: utf8Length(text) };
    }),
  };
}

const pick = (m: { readonly characters: number; readonly bytes: number }, unit: SizeTarget['unit']): number =>
  unit === 'bytes' ? m.bytes : m.characters;

/**
 * First-fit in statement order: each statement goes to the first part with room, else to a new
 * part. Appending statements never moves earlier ones. `targetOf(i)` is the target of part `i`.
 * Throws {@link PolicySizeError} naming a statement that fits no fresh part.
 */
export function firstFit(
  statements: readonly Statement[],
  measured: Measured,
  targetOf: (part: number) => SizeTarget,
): number[][] {
  const parts: number[][] = [];
  const used: number[] = []; // counted length of each part's statements, commas included
  statements.forEach((s, i) => {
    const m = measured.statements[i]!;
    for (let p = 0; ; p++) {
      const t = targetOf(p);
      const cost = pick(m, t.unit);
      const head = pick(measured.header, t.unit);
      if (p === parts.length) {
        if (head + cost > t.limit) {
          // would not fit a fresh part: report it against the smallest target a new part gets
          throw new PolicySizeError({
            length: head + cost,
            limit: t.limit,
            target: t.name,
            unit: t.unit,
            detail: optimizeMessages.statementTooLarge(statementName(s, i)),
          });
        }
        parts.push([i]);
        used.push(cost);
        return;
      }
      if (head + used[p]! + 1 + cost <= t.limit) {
        parts[p]!.push(i);
        used[p] = used[p]! + 1 + cost;
        return;
      }
    }
  });
  return parts;
}
