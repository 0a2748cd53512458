/**
 * Past the issue cap (ten times `maxIssues`, at least 1,000) the model's issues are counted, never
 * spelled: 1,000,000 invalid actions spelled 1,000,000 paths and messages to list 100 (8.9 s of
 * CPU, against 0.7 s for as many valid ones; 1.1 s now: `npx tsx bench/parse-invalid.ts`). The error still lists the first issues word for word and
 * counts every other one, as when each issue was made.
 */
import { describe, expect, it } from 'vitest';
import { safeParsePolicy } from '../../src/parse/index.js';
import { checkDocument, validateDocument, type IssueSink } from '../../src/model/kinds.js';
import type { PolicyIssue } from '../../src/model/issues.js';
import type { PolicyDocument } from '../../src/model/policy-document.js';

const actions = (n: number, name: (i: number) => string) => Array.from({ length: n }, (_, i) => name(i));

describe('the model spells only the issues its sink wants', () => {
  it('checkDocument makes the issues wanted and counts the others, with their statement index', () => {
    const doc: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: actions(5, (i) => `bad${i}`), Resource: ['*'] },
        { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [''] },
      ],
    };
    const made: PolicyIssue[] = [];
    const counted: (number | undefined)[] = [];
    const sink: IssueSink = { wants: () => made.length < 3, add: (i) => made.push(i), count: (i) => counted.push(i) };
    checkDocument(doc, 'identity', sink);
    expect(made).toEqual(validateDocument(doc, 'identity').slice(0, 3));
    expect(made[0]).toEqual({ path: 'Statement[0].Action[0]', code: 'INVALID_ACTION', message: 'invalid action "bad0": write "service:Action" (e.g. "s3:GetObject" or "s3:Get*") or "*".' });
    expect(counted).toEqual([0, 0, 1]);
  });
});

describe('parse past the issue cap', () => {
  it('lists the first issues word for word and counts the rest, shape issues and broken statements included', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: actions(1500, (i) => `bad${i}`), Resource: 5 }, // 1,500 actions + Resource of the wrong type
        {}, // one problem
        { Effect: 'Allow', Action: actions(2000, (i) => `x${i}`), Resource: '*' },
      ],
    });
    const r = safeParsePolicy(text, { maxIssues: 10 });
    expect(r.success).toBe(false);
    const found = r.success ? [] : r.error.issues;
    expect(found.slice(0, 10).map((i) => [i.path, i.message])).toEqual(
      Array.from({ length: 10 }, (_, i) => [`Statement[0].Action[${i}]`, `invalid action "bad${i}": write "service:Action" (e.g. "s3:GetObject" or "s3:Get*") or "*".`]),
    );
    expect(found[0]).toMatchObject({ line: 1, column: 66 });
    // 1,500 + 1 + 1 + 2,000 problems, 10 listed
    expect(found.slice(10)).toEqual([{ path: '', code: 'TOO_MANY_ISSUES', message: '... and 3,492 more problems (the first 10 are listed; raise the maxIssues option to see more).' }]);
    // under the cap the same problems one by one
    const all = safeParsePolicy(text, { maxIssues: 10_000 });
    expect(all.success ? [] : all.error.issues.map((i) => i.code)).toEqual([...Array(1500).fill('INVALID_ACTION'), 'INVALID_TYPE', 'EMPTY_STATEMENT', ...Array(2000).fill('INVALID_ACTION')]);
  });
});

describe('the count in TOO_MANY_ISSUES is exact', () => {
  // docs/parsing.md: past the cap the model's rules still run to count them (the count is exact).
  // A shape issue past the cap still covers the model issue it explains (Action 5: no second
  // "needs Action"; Effect "allow": no second INVALID_EFFECT), as when every issue is listed.
  const total = (text: string, maxIssues?: number): number => {
    const r = safeParsePolicy(text, maxIssues === undefined ? {} : { maxIssues });
    if (r.success) return 0;
    const issues = r.error.issues;
    const last = issues[issues.length - 1]!;
    if (last.code !== 'TOO_MANY_ISSUES') return issues.length;
    return issues.length - 1 + Number(/and ([\d,]+) more/.exec(last.message)![1]!.replace(/,/g, ''));
  };
  const doc = (statement: string, n: number) => `{"Version":"2012-10-17","Statement":[${Array(n).fill(statement).join(',')}]}`;

  it.each([
    ['{"Effect":"Allow","Action":5,"Resource":""}', 2],
    ['{"Effect":"Allow","Effect":"allow","Action":"s3:GetObject","Resource":"*"}', 2],
    ['{"Effect":"allow","Action":"s3:GetObject","Resource":"*"}', 1],
    ['{"Effect":"Allow","Action":5,"Resource":"*"}', 1],
  ])('%s x 5,000: the count equals the issues listed one by one', (statement, each) => {
    const text = doc(statement, 5000);
    const listed = safeParsePolicy(text, { maxIssues: 100_000 });
    expect(listed.success ? [] : listed.error.issues.filter((i) => i.code === 'TOO_MANY_ISSUES')).toEqual([]);
    expect(total(text, 100_000)).toBe(5000 * each);
    expect(total(text)).toBe(5000 * each);
    expect(total(text, 7)).toBe(5000 * each);
  });
});
