/** Witnesses are distinct requests: each is listed once, with its one reason. */
import { describe, expect, it } from 'vitest';
import { checkAccessNotGranted, checkNoNewAccess, compare } from '../../src/analyze/index.js';
import { allow, policy, principal } from '../../src/index.js';
import { requestKey } from '../../src/analyze/checks.js';

const keys = (ws: readonly object[]) => ws.map((w) => requestKey(w as never));

describe('witnesses', () => {
  it('a request found in two cells that differ only in a field the search drops is listed once', () => {
    // was: { principal: 'arn:aws:iam::111122223333:root', action: 's3:PutObject', resource: '*' } twice,
    // with two identical reasons (cells of two resource accounts, the account dropped when simplified)
    const bucket = policy.resource(allow('s3:GetObject').by(principal.account('111122223333')).on('arn:aws:s3:::b/*'));
    const r = checkAccessNotGranted(bucket, { actions: ['s3:PutObject'] });
    expect(r.result).toBe('fail');
    expect(new Set(keys(r.witnesses)).size).toBe(r.witnesses.length);
    expect(r.reasons).toHaveLength(r.witnesses.length);
    expect(r.witnesses).toContainEqual({ principal: 'arn:aws:iam::111122223333:root', action: 's3:PutObject', resource: '*' });
  });

  it('holds for checkNoNewAccess and compare on the same kind of policy', () => {
    const read = policy.resource(allow('s3:GetObject').by(principal.account('111122223333')).on('arn:aws:s3:::b/*'));
    const write = policy.resource(allow('s3:GetObject', 's3:PutObject').by(principal.account('111122223333'), principal.account('444455556666')).on('arn:aws:s3:::b/*'));
    const n = checkNoNewAccess(read, write);
    expect(new Set(keys(n.witnesses)).size).toBe(n.witnesses.length);
    const c = compare(read, write);
    for (const side of [c.aOnly, c.bOnly]) expect(new Set(keys(side)).size).toBe(side.length);
  });

  it('requestKey reads field order as no difference, and values as one', () => {
    expect(requestKey({ action: 's3:GetObject', resource: '*', context: { b: '1', a: '2' } })).toBe(requestKey({ context: { a: '2', b: '1' }, resource: '*', action: 's3:GetObject' }));
    expect(requestKey({ action: 's3:GetObject', resource: '*' })).not.toBe(requestKey({ action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }));
  });
});
