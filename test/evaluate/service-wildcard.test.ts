/**
 * A wildcard in the service segment of a Resource / NotResource ARN. IAM User Guide, "IAM JSON
 * policy elements: Resource" (Using wildcards in resource ARNs): wildcards may be used within the
 * segments of an ARN, but "You can't use a wildcard in the service segment that identifies the AWS
 * product". AWS does not say what IAM then does with such an entry, so nothing fails open
 * (docs/evaluation.md): where matching less is safer (an Allow's Resource, a Deny's NotResource)
 * it matches nothing; elsewhere (a Deny's Resource, an Allow's NotResource) its wildcard is read as
 * one. Bare "*" is no ARN and stays every resource.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index.js';
import { checkNoNewAccess } from '../../src/analyze/index.js';
import { minimizeStatements } from '../../src/optimize/index.js';
import { resourceCovers, unsureHead, wildcardInService } from '../../src/model/arn.js';
import type { Statement } from '../../src/model/policy-document.js';
import { ACCT, USER, allowSt, denySt, doc } from './helpers.js';

const OBJ = 'arn:aws:s3:::b/k';
const ask = (statements: Statement[], resource = OBJ, action = 's3:GetObject') =>
  evaluate({ identity: [doc(...statements)] }, { principal: USER, action, resource, resourceAccount: ACCT }).decision;
const allowAll = allowSt('*', '*');

describe('a wildcard in the service segment (AWS: "You can\'t use a wildcard in the service segment")', () => {
  it('an Allow with such a Resource entry grants nothing through it', () => {
    for (const r of ['arn:aws:s3*:::b/*', 'arn:aws:*:*:*:*', 'arn:aws:s?:::b/*', 'arn:*:*:*:*:*', 'arn:aws:*3:::b/k']) {
      expect(ask([allowSt('s3:GetObject', r)]), r).toBe('implicit-deny');
    }
    // the other entries of the list still grant (a list is the union of its entries)
    expect(ask([allowSt('s3:GetObject', ['arn:aws:*:*:*:*', 'arn:aws:s3:::b/*'])])).toBe('allow');
  });

  it('a Deny with such a Resource entry reads the wildcard as one (the reading safer for a Deny)', () => {
    expect(ask([allowAll, denySt('s3:GetObject', 'arn:aws:s3*:::b/*')])).toBe('explicit-deny');
    expect(ask([allowAll, denySt('s3:GetObject', 'arn:aws:*:*:*:*')])).toBe('explicit-deny');
    expect(ask([allowAll, denySt('s3:GetObject', 'arn:aws:s3*:::c/*')])).toBe('allow');
  });

  it('NotResource: an Allow reads the entry as a wildcard (it excludes more), a Deny as matching nothing (it excludes nothing)', () => {
    const notRes = (Effect: 'Allow' | 'Deny', r: string): Statement => ({ Effect, Action: ['s3:GetObject'], NotResource: [r] });
    expect(ask([notRes('Allow', 'arn:aws:s3*:::b/*')])).toBe('implicit-deny');
    expect(ask([notRes('Allow', 'arn:aws:s3*:::c/*')])).toBe('allow');
    expect(ask([allowAll, notRes('Deny', 'arn:aws:s3*:::b/*')])).toBe('explicit-deny');
    expect(ask([allowAll, notRes('Deny', 'arn:aws:*:*:*:*')])).toBe('explicit-deny');
  });

  it('bare "*" is not an ARN: every resource, in an Allow too', () => {
    expect(ask([allowSt('s3:GetObject', '*')])).toBe('allow');
    expect(wildcardInService('*', '2012-10-17')).toBe(false);
  });

  it('an escaped `${*}` in the service is a literal character, not a wildcard; a 2008-10-17 `${...}` is literal text', () => {
    expect(wildcardInService('arn:aws:s${*}:::b/*', '2012-10-17')).toBe(false);
    expect(wildcardInService('arn:aws:${aws:username}*:::b/*', '2012-10-17')).toBe(true);
    expect(wildcardInService('arn:aws:s3*:::b/*', '2008-10-17')).toBe(true);
    expect(unsureHead('arn:aws:s3:::b*', '2012-10-17')).toBe(false);
  });

  it('a resource-type token with a wildcard is no service segment: AWS allows wildcards within the resource segment, so it matches', () => {
    // IAM User Guide, Resource element: wildcards may be used "within the individual segments of an
    // ARN"; only the service segment is excepted, so `*ser/x` in the resource segment is a wildcard
    const iam = `arn:aws:iam::${ACCT}:user/x`;
    expect(ask([allowSt('iam:GetUser', `arn:aws:iam::${ACCT}:*ser/x`)], iam, 'iam:GetUser')).toBe('allow');
  });
});

describe('analyze and optimize read it the same way', () => {
  it('analyze finds what the sure entry beside it grants (its cells are not hidden by the wildcard service)', () => {
    const none = doc({ Effect: 'Allow', Action: ['s3:GetObject'], NotResource: ['*'] });
    const r = checkNoNewAccess(none, doc(allowSt('s3:GetObject', ['arn:aws:*:*:*:*', 'arn:aws:s3:::b/*'])));
    expect(r.result).toBe('fail');
    // evaluate grants nothing through it, but IAM may read the wildcard: analyze answers unknown, never pass (docs/analyze.md)
    expect(checkNoNewAccess(none, doc(allowSt('s3:GetObject', 'arn:aws:s3*:::b/*'))).result).toBe('unknown');
    // the same for a capital before the resource part (it answered a wrong `pass` before)
    expect(checkNoNewAccess(none, doc(allowSt('s3:GetObject', ['arn:AWS:*:*:*:*', 'arn:aws:s3:::b/*']))).result).toBe('fail');
  });

  it('optimize does not drop an entry such an entry would cover as a wildcard', () => {
    expect(resourceCovers('arn:aws:s3*:::*', 'arn:aws:s3:::b')).toBe(false);
    expect(resourceCovers('arn:aws:*:*:*:*', 'arn:aws:s3:::b/*')).toBe(false);
    // between two such entries the cover holds (both match nothing in an Allow, both are wildcards in a Deny)
    expect(resourceCovers('arn:aws:s3*:::*', 'arn:aws:s3*:::b')).toBe(true);
    expect(resourceCovers('arn:aws:s3:::*', 'arn:aws:s3:::b')).toBe(true);
    const st = allowSt('s3:GetObject', ['arn:aws:*:*:*:*', 'arn:aws:s3:::b/*']);
    const out = minimizeStatements([st]);
    expect(out[0]!.Resource).toEqual(['arn:aws:*:*:*:*', 'arn:aws:s3:::b/*']);
    expect(ask(out)).toBe('allow');
  });
});
