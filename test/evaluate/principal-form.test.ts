/**
 * A `Principal` / `NotPrincipal` AWS value the model does not read as a principal (isAwsPrincipal):
 * IAM refuses such a policy when it is saved ("Invalid principal in policy"; lint reports
 * INVALID_PRINCIPAL_FORMAT), and AWS documents no reading of it. evaluate reads it the way that
 * is safer for a Deny: it names nobody where naming would widen access (an Allow's Principal, a
 * Deny's NotPrincipal, which exempts) and is compared with the ARN's partition and service folded
 * where naming narrows it (a Deny's Principal, an Allow's NotPrincipal). docs/evaluation.md.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index.js';
import { ACCT, OBJECT, USER, allowSt, denySt, identity, resource } from './helpers.js';

const MALFORMED = [`arn:AWS:iam::${ACCT}:user/alice`, `arn:aws:IAM::${ACCT}:user/alice`, `arn:Aws:Iam::${ACCT}:user/alice`];
const get = { principal: USER, action: 's3:GetObject', resource: OBJECT, resourceAccount: ACCT };

describe('an AWS principal value in a form IAM refuses', () => {
  it('names nobody in an Allow: a resource policy grant to it allows nothing (it allowed before)', () => {
    for (const v of MALFORMED) expect(evaluate({ resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [v] } })) }, get).decision, v).toBe('implicit-deny');
    // the well-formed value grants, so the test would see a grant
    expect(evaluate({ resource: resource(allowSt('s3:GetObject', '*', { Principal: { AWS: [USER] } })) }, get).decision).toBe('allow');
  });

  it('still names the caller in a Deny, its partition and service read ignoring case', () => {
    for (const v of MALFORMED)
      expect(evaluate({ identity: identity(allowSt('s3:GetObject')), resource: resource(denySt('s3:GetObject', '*', { Principal: { AWS: [v] } })) }, get).decision, v).toBe('explicit-deny');
  });

  it("exempts nobody in a Deny's NotPrincipal (an Allow with NotPrincipal is refused when read)", () => {
    const root = `arn:aws:iam::${ACCT}:root`;
    for (const v of MALFORMED) {
      // the account is listed well-formed: only the malformed user value could exempt alice
      const denyAllBut = resource(denySt('s3:GetObject', '*', { NotPrincipal: { AWS: [root, v] } }));
      expect(evaluate({ identity: identity(allowSt('s3:GetObject')), resource: denyAllBut }, get).decision, v).toBe('explicit-deny');
    }
    // with the well-formed ARN alice is exempt from the Deny
    const exempt = resource(denySt('s3:GetObject', '*', { NotPrincipal: { AWS: [root, USER] } }));
    expect(evaluate({ identity: identity(allowSt('s3:GetObject')), resource: exempt }, get).decision).toBe('allow');
  });

  it('a user or role unique id shorter than IAM makes them (AROA + 12 or more) names nobody in an Allow', () => {
    // IAM API reference, RoleId/UserId: 16 to 128 characters
    const short = resource(allowSt('s3:GetObject', '*', { Principal: { AWS: ['AIDASHORT'] } }));
    expect(evaluate({ resource: short }, { ...get, principalId: 'AIDASHORT' }).decision).toBe('implicit-deny');
    const real = resource(allowSt('s3:GetObject', '*', { Principal: { AWS: ['AIDAEXAMPLEUSERID21'] } }));
    expect(evaluate({ resource: real }, { ...get, principalId: 'AIDAEXAMPLEUSERID21' }).decision).toBe('allow');
  });
});
