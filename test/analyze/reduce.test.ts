/**
 * The cut of reduce.ts (shared statements set aside, one fresh statement at a time, statements
 * that cannot meet it dropped) answers exactly as the plain search of space.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, type EvaluationResult, type PolicySet } from '../../src/evaluate/index.js';
import { allowsCover, globsMeet, mayMeet, Neighbours, newAccessSearch, resourcesMeet, statementCovers } from '../../src/analyze/reduce.js';
import { actionListMatches, resourceEntryMatches } from '../../src/evaluate/statement.js';
import { Context } from '../../src/evaluate/context.js';
import type { Statement } from '../../src/model/policy-document.js';
import { callMemo, search } from '../../src/analyze/space.js';
import { analyzeClock } from '../../src/analyze/regions.js';
import { wildcardMatch } from '../../src/model/match.js';
import type { PolicyDocument } from '../../src/model/policy-document.js';
import { ACTION_PATTERNS, ACTIONS, CONDITIONS, RESOURCE_PATTERNS, RESOURCES, policyArb, requestArb, statementArb } from './generators.js';

const allows = (r: EvaluationResult) => r.decision === 'allow';
const verdict = (a: { witnesses: readonly (readonly unknown[])[]; unknown: readonly string[] }) =>
  a.witnesses[0]!.length > 0 ? 'fail' : a.unknown.length > 0 ? 'unknown' : 'pass';

/** The statement written differently: lists reversed, actions and ARN heads in upper case (the same meaning). */
function rewritten(st: Statement): Statement {
  const head = (r: string) => r.split(':').map((c, i) => (i < 5 ? c.toUpperCase() : c)).join(':');
  const out: { -readonly [K in keyof Statement]: Statement[K] } = { ...st };
  if (st.Action !== undefined) out.Action = [...st.Action].reverse().map((a) => a.toUpperCase());
  if (st.NotAction !== undefined) out.NotAction = [...st.NotAction].reverse();
  if (st.Resource !== undefined) out.Resource = [...st.Resource].reverse().map(head);
  if (st.NotResource !== undefined) out.NotResource = [...st.NotResource].reverse();
  if (st.Condition !== undefined)
    out.Condition = Object.fromEntries(Object.entries(st.Condition).reverse().map(([op, keys]) => [op, Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, [...v].reverse()]))]));
  return out;
}

/** `updated`: some statements of `existing` (shuffled, some rewritten), some new ones. */
const pairArb = fc
  .tuple(policyArb(), fc.array(statementArb(false), { maxLength: 2 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), fc.boolean(), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }))
  .map(([a, extra, keep, reverse, rewrite]): [PolicyDocument, PolicyDocument] => {
    const kept = a.Statement.filter((_, i) => keep[i] !== false).map((st, i) => (rewrite[i] === true ? rewritten(st) : st));
    const Statement = [...(reverse ? [...kept].reverse() : kept), ...extra];
    return [a, { Version: '2012-10-17', Statement: Statement.length > 0 ? Statement : a.Statement }];
  });

/**
 * The statement cut into pieces: one statement per resource entry, or per action entry, or per
 * both (the same access as the statement, spread over several statements).
 */
function pieces(st: Statement, how: 'resources' | 'actions' | 'both'): Statement[] {
  const actions = how !== 'resources' && st.Action !== undefined ? st.Action.map((a) => [a]) : [undefined];
  const resources = how !== 'actions' && st.Resource !== undefined ? st.Resource.map((r) => [r]) : [undefined];
  return actions.flatMap((a) => resources.map((r): Statement => ({ ...st, ...(a === undefined ? {} : { Action: a }), ...(r === undefined ? {} : { Resource: r }) })));
}

/** `updated`: the statements of `existing` split into pieces, some pieces dropped, replaced or given a condition. */
const splitPairArb = fc
  .tuple(policyArb(), fc.constantFrom('resources', 'actions', 'both') as fc.Arbitrary<'resources' | 'actions' | 'both'>, fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }), statementArb(false))
  .map(([a, how, edits, other]): [PolicyDocument, PolicyDocument] => {
    const Statement = a.Statement.flatMap((st) => pieces(st, how)).flatMap((st, i): Statement[] => {
      const e = edits[i % edits.length]!;
      if (e === 0) return [];
      if (e === 1) return [other];
      if (e === 2) return [{ ...st, Condition: { ...CONDITIONS[i % CONDITIONS.length]!, ...(st.Condition ?? {}) } }];
      return [st];
    });
    return [a, { Version: '2012-10-17', Statement: Statement.length > 0 ? Statement : a.Statement }];
  });

/** `updated`: the statements of `existing`, some changed in place (another resource, action or condition). */
const changedPairArb = fc
  .tuple(policyArb(), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }), fc.constantFrom(...RESOURCE_PATTERNS), fc.constantFrom(...ACTION_PATTERNS))
  .map(([a, edits, resource, action]): [PolicyDocument, PolicyDocument] => {
    const Statement = a.Statement.map((st, i): Statement => {
      const e = edits[i]!;
      if (e === 1 && st.Resource !== undefined) return { ...st, Resource: [resource] };
      if (e === 2) return { ...st, Condition: { ...CONDITIONS[i]!, ...(st.Condition ?? {}) } };
      if (e === 3 && st.Action !== undefined) return { ...st, Action: [action] };
      return st;
    });
    return [a, { Version: '2012-10-17', Statement }];
  });

describe('newAccessSearch', () => {
  it('agrees with the plain search on every pair neither leaves unknown; witnesses replay', () => {
    let decided = 0;
    fc.assert(
      fc.property(fc.oneof(pairArb, splitPairArb, fc.tuple(policyArb(), policyArb())), fc.boolean(), ([a, b], swap) => {
        const [x, y]: [PolicySet, PolicySet] = swap ? [{ identity: b }, { identity: a }] : [{ identity: a }, { identity: b }];
        const plain = search({ sets: [x, y], directions: 1, witness: ([e, u]) => (allows(u!) && !allows(e!) ? 0 : undefined), options: {} });
        const cut = newAccessSearch(x, y, {})!;
        for (const w of cut.witnesses[0]!) expect(allows(evaluate(y, w.request)) && !allows(evaluate(x, w.request))).toBe(true);
        const p = verdict(plain);
        const c = verdict(cut);
        if (p !== 'unknown' && c !== 'unknown') {
          decided++;
          expect(c).toBe(p);
        }
        // the cut never leaves unknown what the plain search decides
        if (p !== 'unknown') expect(c).toBe(p);
      }),
      { numRuns: 300, seed: 1420 },
    );
    expect(decided).toBeGreaterThan(200);
  });

  it('the second direction of a compare, read from the searches of the first over the same sets swapped, answers as its own search', () => {
    let reused = 0;
    let witnessed = 0;
    fc.assert(
      fc.property(fc.oneof(changedPairArb, pairArb, splitPairArb, fc.tuple(policyArb(), policyArb())), fc.boolean(), fc.constantFrom(1, 2, 10), ([a, b], swap, maxWitnesses) => {
        const [x, y]: [PolicySet, PolicySet] = swap ? [{ identity: b }, { identity: a }] : [{ identity: a }, { identity: b }];
        const memo = callMemo();
        const get = memo.mirrors.get.bind(memo.mirrors);
        memo.mirrors.get = (k) => {
          const hit = get(k);
          if (hit !== undefined) reused++;
          return hit;
        };
        newAccessSearch(y, x, { maxWitnesses }, memo, 'keep');
        const read = newAccessSearch(x, y, { maxWitnesses }, memo, 'read')!;
        const own = newAccessSearch(x, y, { maxWitnesses })!;
        expect(verdict(read)).toBe(verdict(own));
        expect(read.witnesses[0]!.length).toBe(own.witnesses[0]!.length);
        for (const w of read.witnesses[0]!) {
          witnessed++;
          expect(allows(evaluate(y, w.request)) && !allows(evaluate(x, w.request))).toBe(true);
          expect(w.results.map((r) => r.decision)).toEqual([evaluate(x, w.request).decision, evaluate(y, w.request).decision]);
        }
      }),
      { numRuns: 400, seed: 1717 },
    );
    expect(reused).toBeGreaterThan(20); // 29 with the generators of 2026-12-01
    expect(witnessed).toBeGreaterThan(100);
  });

  it('is not used for sets with other policy types', () => {
    expect(newAccessSearch({ resource: { Version: '2012-10-17', Statement: [] } }, { identity: [] }, {})).toBeUndefined();
  });
});

describe('globsMeet', () => {
  const texts = ['s3:GetObject', 's3:getobject', 's3:Get', 's3:', 'ec2:Run', 'a:b:c', 'iam:PassRole', 'S3:PUTX', 'x', ''];
  it('is true whenever some text matches both patterns (the engine matcher decides)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ACTION_PATTERNS, 's3*', '*:*', '?', '??*', 'a:*:c'), fc.constantFrom(...ACTION_PATTERNS, 'x*', '*Object', 's3:'), (p, q) => {
        for (const t of texts) if (wildcardMatch(p, t) && wildcardMatch(q, t)) expect(globsMeet(p, q)).toBe(true);
      }),
      { numRuns: 200, seed: 1421 },
    );
  });
  it('is false for disjoint patterns', () => {
    expect(globsMeet('s3:Get*', 'ec2:*')).toBe(false);
    expect(globsMeet('s3:?et', 's3:Put')).toBe(false);
    expect(globsMeet('a*b', 'a*c')).toBe(false);
    expect(globsMeet('a*b', '*x*')).toBe(true);
    expect(globsMeet('S3:GET*', 's3:g?t')).toBe(true);
  });
  it('answers "may meet" for patterns too long to compare within its budget, never throws (hostile input)', () => {
    // two 70,000-character entries: the walk of pairs of positions would need 4.9 GB (a RangeError)
    const long = 'a'.repeat(70_000);
    expect(globsMeet(`${long}x*`, `${long}y*`)).toBe(true);
    // within the budget the answer is still exact
    expect(globsMeet(`${'a'.repeat(500)}x*`, `${'a'.repeat(500)}y*`)).toBe(false);
  });
});

describe('resourcesMeet', () => {
  const component = (xs: readonly string[]) => fc.constantFrom(...xs);
  const arnPattern = fc
    .tuple(component(['arn', 'a*']), component(['aws', '*']), component(['s3', 'S3', '*', 's?', 'sqs']), component(['', '*', 'us-east-1']), component(['', '111122223333', '*', '1*']), fc.stringMatching(/^[ab*/:?]{0,4}$/))
    .map((c) => c.join(':'));
  const pattern = fc.oneof(arnPattern, fc.constantFrom('*', 'arn:aws:s3*', 'arn:*', 'a*b'));
  const text = fc
    .tuple(component(['arn', 'ARN']), component(['aws']), component(['s3', 'S3', 'sqs', 'ec2']), component(['', 'us-east-1']), component(['', '111122223333', '1']), fc.stringMatching(/^[ab/:]{0,5}$/))
    .map((c) => c.join(':'));
  const ctx = new Context({});
  it('is true whenever some resource matches both entries (the engine decides)', () => {
    let met = 0;
    fc.assert(
      fc.property(pattern, pattern, fc.array(fc.oneof(text, fc.constantFrom('*', 'arn:aws:s3', 'ab')), { minLength: 20, maxLength: 20 }), (x, y, texts) => {
        for (const t of texts)
          if (resourceEntryMatches(x, t, ctx, '2012-10-17', 'pad') && resourceEntryMatches(y, t, ctx, '2012-10-17', 'pad')) {
            met++;
            expect(resourcesMeet(x, y)).toBe(true);
          }
      }),
      { numRuns: 500, seed: 1712 },
    );
    expect(met).toBeGreaterThan(500);
  });
  it('compares ARN entries component by component', () => {
    // a star inside a head component never covers a colon of the other entry
    expect(resourcesMeet('arn:aws:s3:::bucket-0/home/*', 'arn:aws:s3:r*x:111122223333:thing-10/*')).toBe(false);
    // one ending it "can expand to match beyond the colon boundaries" (IAM User Guide, Resource
    // element): both match arn:aws:s3:::bucket-0/home/:111122223333:thing-10/x
    expect(resourcesMeet('arn:aws:s3:::bucket-0/home/*', 'arn:aws:s3:*:111122223333:thing-10/*')).toBe(true);
    expect(resourcesMeet('arn:aws:s3:::b/*', 'arn:aws:S3:*:*:b/x')).toBe(true);
    expect(resourcesMeet('arn:aws:s3:::b/*', 'arn:aws:s3:::c/*')).toBe(false);
  });
});

describe('statementCovers', () => {
  const entry = (st: Statement) => ({ st, version: '2012-10-17', key: '', variables: false });
  const doc = (st: Statement): PolicyDocument => ({ Version: '2012-10-17', Statement: [st] });
  /** `f`: `e` rewritten, narrowed (an action or resource dropped, a condition added) or unrelated. */
  const pair = statementArb(false, 'Allow').chain((e) =>
    fc.tuple(
      fc.constant(e),
      fc.oneof(
        fc.constant(rewritten(e)),
        fc.constantFrom(...CONDITIONS).map((c): Statement => ({ ...e, Condition: { ...c, ...(e.Condition ?? {}) } })),
        fc.constant<Statement>({ ...e, ...(e.Action !== undefined && e.Action.length > 1 ? { Action: e.Action.slice(1) } : {}), ...(e.Resource !== undefined && e.Resource.length > 1 ? { Resource: e.Resource.slice(1) } : {}) }),
        // each condition with a value dropped or one added (String ones are covered when the condition holds in fewer requests)
        fc.boolean().map((drop): Statement => ({ ...e, ...(e.Condition === undefined ? {} : { Condition: changeValues(e.Condition, drop) }) })),
        // a NotResource entry added (covered: it excludes more)
        fc.constant<Statement>({ ...e, ...(e.NotResource === undefined ? {} : { NotResource: [...e.NotResource, 'arn:aws:s3:::b/x'] }) }),
        statementArb(false, 'Allow'),
      ),
    ).chain(([first, f]) =>
      // or the other way round: the first statement with values or a NotResource entry added, the second as it was
      fc.boolean().map((swap): [Statement, Statement] =>
        swap && (first.Condition !== undefined || first.NotResource !== undefined)
          ? [{ ...first, ...(first.Condition === undefined ? {} : { Condition: changeValues(first.Condition, false) }), ...(first.NotResource === undefined ? {} : { NotResource: [...first.NotResource, 'arn:aws:s3:::b/x'] }) }, first]
          : [first, f],
      ),
    ),
  );
  function changeValues(c: NonNullable<Statement['Condition']>, drop: boolean): NonNullable<Statement['Condition']> {
    return Object.fromEntries(
      Object.entries(c).map(([op, keys]) => [op, Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, drop && v.length > 1 ? v.slice(1) : [...v, 'team', 'home/x', 'secret']]))]),
    );
  }
  it('holds only when every request the second statement allows, the first allows', () => {
    let covered = 0;
    fc.assert(
      fc.property(pair, fc.array(requestArb, { minLength: 30, maxLength: 30 }), ([e, f], requests) => {
        if (!statementCovers(entry(e), entry(f))) return;
        covered++;
        for (const r of requests) if (evaluate({ identity: doc(f) }, r).decision === 'allow') expect(evaluate({ identity: doc(e) }, r).decision).toBe('allow');
      }),
      { numRuns: 400, seed: 1713 },
    );
    expect(covered).toBeGreaterThan(150);
  });
  it('covers wildcard actions and ARN components by prefix', () => {
    const e = { Effect: 'Allow', Action: ['s3:*'], Resource: ['arn:aws:s3:::b/*'] } as const;
    expect(statementCovers(entry(e), entry({ Effect: 'Allow', Action: ['S3:GetObject', 's3:Put*'], Resource: ['arn:aws:s3:::b/x'] }))).toBe(true);
    // an Allow's entry with a capital in its head grants nothing (docs/evaluation.md): it covers no other entry
    expect(statementCovers(entry({ ...e, Resource: ['ARN:AWS:S3:::b/*'] }), entry({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/x'] }))).toBe(false);
    // likewise a wildcard in the service segment (IAM User Guide, Resource element: "You can't use a wildcard in the service segment")
    expect(statementCovers(entry({ ...e, Resource: ['arn:aws:s3*:::b/*'] }), entry({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/x'] }))).toBe(false);
    expect(statementCovers(entry({ ...e, Resource: ['arn:aws:*:*:*:*'] }), entry({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/x'] }))).toBe(false);
    expect(statementCovers(entry(e), entry({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::B/x'] }))).toBe(false);
    expect(statementCovers(entry(e), entry({ Effect: 'Allow', Action: ['s3*'], Resource: ['arn:aws:s3:::b/x'] }))).toBe(false);
    expect(statementCovers(entry({ ...e, Condition: { Bool: { 'aws:SecureTransport': ['true'] } } }), entry(e))).toBe(false);
  });
  it('covers a String condition that holds in fewer requests: fewer values, or more under a negated operator', () => {
    // IAM User Guide, condition element: several values of one key are ORed; a negated operator holds when no value matches
    const e = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] } as const;
    const w = (Condition: NonNullable<Statement['Condition']>) => entry({ ...e, Condition });
    expect(statementCovers(w({ StringEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } }), w({ StringEquals: { 'aws:PrincipalTag/team': ['eng'] } }))).toBe(true);
    expect(statementCovers(w({ StringEquals: { 'aws:PrincipalTag/team': ['eng'] } }), w({ StringEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } }))).toBe(false);
    expect(statementCovers(w({ 'ForAllValues:StringLike': { 'aws:TagKeys': ['env*', 'cost'] } }), w({ 'ForAllValues:StringLike': { 'aws:TagKeys': ['cost'] } }))).toBe(true);
    expect(statementCovers(w({ StringNotEquals: { 'aws:PrincipalTag/team': ['eng'] } }), w({ StringNotEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } }))).toBe(true);
    expect(statementCovers(w({ StringNotEquals: { 'aws:PrincipalTag/team': ['eng', 'ops'] } }), w({ StringNotEquals: { 'aws:PrincipalTag/team': ['eng'] } }))).toBe(false);
    // other families and values with a variable: only the same values (an unreadable value fails an Allow's condition whatever the others say)
    expect(statementCovers(w({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.0.2.0/24'] } }), w({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } }))).toBe(false);
    expect(statementCovers(w({ StringLike: { 's3:prefix': ['home/${aws:username}/*', 'pub/*'] } }), w({ StringLike: { 's3:prefix': ['pub/*'] } }))).toBe(false);
    // ... unless the values with a variable are the same in both: whatever evaluate makes of one, it makes of both lists
    expect(statementCovers(w({ StringLike: { 's3:prefix': ['home/${aws:username}/*', 'pub/*', ''] } }), w({ StringLike: { 's3:prefix': ['home/${aws:username}/*', 'pub/*'] } }))).toBe(true);
    expect(statementCovers(w({ StringLike: { 's3:prefix': ['home/${ aws:username }/*', 'pub/*'] } }), w({ StringLike: { 's3:prefix': ['home/${ aws:username }/*'] } }))).toBe(true);
    expect(statementCovers(w({ StringLike: { 's3:prefix': ['home/${aws:username}/*'] } }), w({ StringLike: { 's3:prefix': ['home/${aws:userid}/*'] } }))).toBe(false);
  });
});

describe('allowsCover', () => {
  const entry = (st: Statement) => ({ st, version: '2012-10-17', key: '', variables: false });
  const doc = (Statement: readonly Statement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
  /** `f`, and Allow statements made of its pieces: kept, dropped, given a condition, or an unrelated statement instead. */
  const cover = statementArb(false, 'Allow').chain((f) =>
    fc.tuple(
      fc.constant(f),
      fc
        .tuple(fc.constantFrom('resources', 'actions', 'both') as fc.Arbitrary<'resources' | 'actions' | 'both'>, fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 6, maxLength: 6 }), statementArb(false, 'Allow'))
        .map(([how, edits, other]) =>
          pieces(f, how).flatMap((st, i): Statement[] => {
            const e = edits[i % edits.length]!;
            if (e === 0) return [];
            if (e === 1) return [other];
            if (e === 2) return [{ ...st, Condition: { ...CONDITIONS[i % CONDITIONS.length]!, ...(st.Condition ?? {}) } }];
            return e === 3 ? [other, rewritten(st)] : [st];
          }),
        ),
    ),
  );
  it('holds only when every request the statement allows, one of the statements allows (the engine decides)', () => {
    let covered = 0;
    let notCovered = 0;
    let checked = 0;
    fc.assert(
      fc.property(cover, fc.array(requestArb, { minLength: 40, maxLength: 40 }), ([f, es], requests) => {
        if (!allowsCover(es.map(entry), entry(f))) {
          notCovered++;
          return;
        }
        covered++;
        for (const r of requests)
          if (evaluate({ identity: doc([f]) }, r).decision === 'allow') {
            checked++;
            expect(evaluate({ identity: doc(es) }, r).decision).toBe('allow');
          }
      }),
      { numRuns: 600, seed: 1714 },
    );
    expect(covered).toBeGreaterThan(150);
    expect(notCovered).toBeGreaterThan(150);
    expect(checked).toBeGreaterThan(300);
  });
  it('a statement split per resource and per action is covered by its parts, and not once a part is missing', () => {
    const f: Statement = { Effect: 'Allow', Action: ['s3:GetObject', 's3:Put*'], Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c'], Condition: { Bool: { 'aws:SecureTransport': ['true'] } } };
    const parts = pieces(f, 'both');
    expect(parts).toHaveLength(4);
    expect(allowsCover(parts.map(entry), entry(f))).toBe(true);
    expect(allowsCover(pieces(f, 'resources').map(entry), entry(f))).toBe(true);
    for (let i = 0; i < parts.length; i++) expect(allowsCover(parts.filter((_, j) => j !== i).map(entry), entry(f))).toBe(false);
    // each part on its own covers only its piece
    for (const p of parts) expect(statementCovers(entry(p), entry(f))).toBe(false);
  });
});

describe('mayMeet and Neighbours (the statements a search keeps)', () => {
  const entry = (st: Statement) => ({ st, version: '2012-10-17', key: '', variables: false });
  const ctx = new Context({});
  const actionTexts = [...ACTIONS, 's3:GETOBJECT', 'S3:PutObjectX', 'lambda:Invoke', 'ec2:Describe', 'i:Pass', 'iam:PassRoles'];
  const resourceTexts = [...RESOURCES, 'arn:aws:s3:::b/', 'ARN:AWS:S3:::c', 'arn:aws:s3:::a/x', 'arn:aws:sqs:eu-west-1:444455556666:q', 'arn:aws:iam::111122223333:role/x/y'];
  const applies = (st: Statement, action: string, resource: string) =>
    (st.Action !== undefined ? actionListMatches(st.Action, action) : !actionListMatches(st.NotAction ?? [], action)) &&
    (st.Resource !== undefined ? st.Resource.some((r) => resourceEntryMatches(r, resource, ctx, '2012-10-17', 'pad')) : !(st.NotResource ?? []).some((r) => resourceEntryMatches(r, resource, ctx, '2012-10-17', 'pad')));
  it('says two statements cannot meet only when no action and resource applies to both (the engine matchers decide)', () => {
    let apart = 0;
    fc.assert(
      fc.property(statementArb(false), statementArb(false), (x, y) => {
        if (mayMeet(x, y, '2012-10-17', '2012-10-17')) return;
        apart++;
        for (const a of actionTexts) for (const r of resourceTexts) expect(applies(x, a, r) && applies(y, a, r)).toBe(false);
      }),
      { numRuns: 600, seed: 1715 },
    );
    expect(apart).toBeGreaterThan(100);
  });
  it('the index by action prefix keeps every statement that may meet, in order', () => {
    fc.assert(
      fc.property(fc.array(statementArb(false), { maxLength: 8 }), statementArb(false), (list, f) => {
        const entries = list.map(entry);
        const near = new Neighbours(entries).of(entry(f));
        expect(near).toEqual(entries.filter((e) => mayMeet(e.st, f, '2012-10-17', '2012-10-17')));
      }),
      { numRuns: 400, seed: 1716 },
    );
  });
  it('past its deadline keeps every statement (they may meet) instead of comparing on (hostile entries of thousands of characters)', () => {
    const st = (r: string): Statement => ({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [r] });
    const x = st('arn:aws:s3:::b/*');
    const y = st('arn:aws:s3:::c/*');
    expect(mayMeet(x, y, '2012-10-17', '2012-10-17')).toBe(false);
    expect(mayMeet(x, y, '2012-10-17', '2012-10-17', analyzeClock.now() - 1)).toBe(true);
    expect(new Neighbours([entry(x)]).of(entry(y), analyzeClock.now() - 1)).toHaveLength(1);
  });
});
