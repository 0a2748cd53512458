/** The `typed-iam/vitest` matchers, registered through the setup module. */
import { describe, expect, it } from 'vitest';
import '../../src/vitest/setup.js';
import { toPolicySet, typedIamMatchers } from '../../src/vitest/index.js';
import { createPolicy } from '../../src/policy/policy.js';
import { PolicyArgumentError } from '../../src/errors.js';
import { parsePolicy } from '../../src/parse/index.js';
import type { PolicySet } from '../../src/evaluate/index.js';
import { allowSt, denySt, doc, identity, resource, trust, OBJECT, ROLE, SESSION, USER } from '../evaluate/helpers.js';

const read = identity(allowSt('s3:GetObject', 'arn:aws:s3:::docs/*', { Sid: 'Read' }), denySt('s3:DeleteObject', '*', { Sid: 'NoDelete' }));
const get = { principal: USER, action: 's3:GetObject', resource: OBJECT };
const del = { principal: USER, action: 's3:DeleteObject', resource: OBJECT };

describe('toAllow / toDeny', () => {
  it('pass and fail on a single identity policy', () => {
    expect(read).toAllow(get);
    expect(read).toDeny(del);
    expect(read).toDeny(del, 'explicit-deny');
    expect(read).not.toAllow(del);
    expect(read).toDeny({ ...get, action: 's3:PutObject' }, 'implicit-deny');
  });

  it('read a policy set', () => {
    const bucket = resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [SESSION] } }));
    // an S3 ARN names no account: a same-account grant alone allows once the bucket's account is given
    expect({ resource: bucket }).toAllow({ ...get, principal: SESSION, resourceAccount: '111122223333' });
    expect({ identity: read, resource: bucket }).toDeny(del);
  });

  it('read a policy set once: the evaluation and what the matcher says of it read the same policies', () => {
    // a set whose identity getter answers the policy once, then nothing (nothing fails open: the Deny is seen)
    let reads = 0;
    const shifty = {
      get identity() {
        return reads++ === 0 ? read : undefined;
      },
    };
    const set = toPolicySet(shifty as PolicySet);
    expect([set.identity, set.identity, reads]).toEqual([read, read, 1]);
    reads = 0;
    expect(shifty).toDeny(del, 'explicit-deny');
    expect(reads).toBe(1);
  });

  it('read a request once: the matcher checks, evaluates and describes the same request', () => {
    let reads = 0;
    const shifty = {
      principal: USER,
      resource: OBJECT,
      get action() {
        return reads++ === 0 ? 's3:DeleteObject' : 's3:GetObject';
      },
    };
    expect(read).toDeny(shifty, 'explicit-deny');
    expect(reads).toBe(1);
    reads = 0;
    expect(() => expect(read).toAllow(shifty)).toThrow('expected the policies to allow alice to call s3:DeleteObject'.replace('alice', USER));
    expect(reads).toBe(1);
  });

  it('treat a trust policy as the resource policy', () => {
    const t = trust({ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] });
    expect(toPolicySet(t)).toEqual({ resource: t });
    expect(t).toAllow({ principal: 'lambda.amazonaws.com', action: 'sts:AssumeRole', resource: ROLE });
    expect(t).toDeny({ principal: USER, action: 'sts:AssumeRole', resource: ROLE });
  });

  it('treat a VPC endpoint policy as the endpoint policy, which filters but grants nothing (was: read as a resource policy, so it allowed)', () => {
    // AWS PrivateLink guide: an endpoint policy does not override or replace identity-based or resource-based policies
    const ep = createPolicy('endpoint', doc(allowSt('s3:GetObject', 'arn:aws:s3:::docs/*', { Sid: 'Docs', Principal: '*' })));
    expect(toPolicySet(ep)).toEqual({ endpoint: ep });
    // alone it denies whatever it says, so an assertion about it fails with and without .not (was: .not.toAllow and toDeny passed)
    expect(() => expect(ep).toAllow(get)).toThrow(/a VPC endpoint policy grants nothing by itself: give it with the policies that grant, expect\(\{ identity, endpoint \}\)/);
    expect(() => expect(ep).not.toDeny(get)).toThrow('a VPC endpoint policy grants nothing by itself');
    expect(() => expect(ep).not.toAllow(get)).toThrow('a VPC endpoint policy grants nothing by itself');
    expect(() => expect(ep).toDeny(get, 'implicit-deny')).toThrow('no content of the policies given could allow this request');
    expect({ identity: read, endpoint: ep }).toAllow(get);
    expect({ identity: read, endpoint: ep }).toDeny({ ...get, resource: 'arn:aws:s3:::other/a' }, 'implicit-deny');
    const denyEp = createPolicy('endpoint', doc(allowSt('*', '*', { Principal: '*' }), denySt('s3:GetObject', '*', { Principal: '*' })));
    expect({ identity: read, endpoint: denyEp }).toDeny(get, 'explicit-deny');
  });

  it('quote the explanation when failing', () => {
    expect(() => expect(read).toAllow(del)).toThrow(
      "expected the policies to allow arn:aws:iam::111122223333:user/alice to call s3:DeleteObject on arn:aws:s3:::docs/report.pdf, but the decision is explicit-deny. Denied by statement 'NoDelete' of identity policy 1",
    );
    expect(() => expect(read).toDeny(get)).toThrow("Allowed by statement 'Read' of identity policy 1.");
    expect(() => expect(read).toDeny(del, 'implicit-deny')).toThrow('expected implicit-deny');
  });

  it('work as asymmetric matchers', () => {
    expect({ policy: read }).toEqual({ policy: expect.toAllow(get) });
  });

  it('export plain functions', () => {
    const r = typedIamMatchers.toAllow.call({ isNot: false }, read, get);
    expect(r.pass).toBe(true);
  });
});

describe('what the matchers refuse (nothing is decided, so no assertion of absence passes by reading nothing)', () => {
  const refused = /^typed-iam\/vitest: the received value is .*; give a policy, a policy document \(\{ Statement \}\) or a policy set/;
  it('a misspelt set key, a set of no policy, a lowercase statement (were: read as no policy, so .not.toAllow and toDeny passed)', () => {
    for (const bad of [{ identty: read }, {}, { identity: undefined }, { statement: [] }]) {
      expect(() => expect(bad).toDeny(del)).toThrow(refused);
      expect(() => expect(bad).not.toAllow(get)).toThrow(refused);
      expect(() => expect(bad).toNeverAllow({ actions: ['s3:DeleteObject'] })).toThrow(refused);
    }
    expect(() => expect({ identty: read }).toDeny(del)).toThrow('an object with "identty"');
  });

  it('a set whose lists are all empty (was: read as no policy, so toDeny and .not.toAllow passed)', () => {
    // `{ identity: policies.filter(...) }` with nothing left decides nothing about the policies meant
    for (const bad of [{ identity: [] }, { identity: [], resource: undefined }, { scp: [[]] }, { identity: [], scp: [] }]) {
      expect(() => expect(bad).toDeny(del)).toThrow(refused);
      expect(() => expect(bad).not.toAllow(get)).toThrow(refused);
      expect(() => expect(bad).toNeverAllow({ actions: ['s3:DeleteObject'] })).toThrow(refused);
      expect(() => expect(read).toGrantNoMoreThan(bad as never)).toThrow('the reference is an object without any policy');
    }
    // an empty list beside a policy is no policy of that type
    expect({ identity: read, scp: [] }).toAllow(get);
  });

  it('null, undefined, numbers, arrays and JSON text, with the fix (were: a TypeError, or an evaluate message)', () => {
    expect(() => expect(null).toDeny(del)).toThrow(PolicyArgumentError);
    expect(() => expect(undefined).not.toAllow(get)).toThrow('the received value is undefined;');
    expect(() => expect(42).toDeny(del)).toThrow('the received value is 42;');
    expect(() => expect([read]).toDeny(del)).toThrow('give a list of policies as { identity: [...] }');
    expect(() => expect(JSON.stringify(read.document)).toAllow(get)).toThrow('parse JSON text first: parsePolicy(text)');
    expect(parsePolicy(JSON.stringify(read.document))).toAllow(get);
  });

  it('a promise of a policy: refused with the fix (was: "an object without any policy"); .resolves reads what it resolves to', async () => {
    expect(() => expect(Promise.resolve(read)).toDeny(del)).toThrow('the received value is a promise (await it first, or write expect(promise).resolves.toAllow(...))');
    expect(() => expect(read).toGrantNoMoreThan(Promise.resolve(read) as never)).toThrow('the reference is a promise');
    await expect(Promise.resolve(read)).resolves.toAllow(get);
    await expect(Promise.resolve(read)).resolves.not.toDeny(get);
    await expect(Promise.resolve(read)).resolves.toNeverAllow({ actions: ['s3:PutObject'] });
    await expect(expect(Promise.resolve(read)).resolves.toDeny(get)).rejects.toThrow("Allowed by statement 'Read'");
    await expect(expect(Promise.resolve({ identity: [] })).resolves.toDeny(del)).rejects.toThrow(PolicyArgumentError);
  });

  it('the policies compared with: the reference and the other policy', () => {
    expect(() => expect(read).toGrantNoMoreThan({ identty: read } as never)).toThrow('typed-iam/vitest: the reference is an object with "identty"');
    expect(() => expect(read).not.toBeEquivalentTo(null as never)).toThrow('typed-iam/vitest: the other policy is null');
    expect(() => expect(read).toGrantNoMoreThan({} as never)).toThrow(expect.objectContaining({ code: 'ARGUMENT', argument: 'reference' }));
    expect(() => expect({}).toGrantNoMoreThan(read)).toThrow(expect.objectContaining({ argument: 'received' }));
  });

  it('a kind of deny toDeny does not know (was: every toDeny failed and every .not.toDeny passed)', () => {
    expect(() => expect(read).not.toDeny(del, 'explicit' as never)).toThrow(`toDeny's kind is "explicit"; write 'explicit-deny' or 'implicit-deny'`);
    expect(() => expect(read).toDeny(del, 'allow' as never)).toThrow(PolicyArgumentError);
  });
});
