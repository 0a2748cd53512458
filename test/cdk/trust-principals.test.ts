/**
 * Role trust policies aws-cdk-lib writes with all principals: `OrganizationPrincipal` writes
 * `{"AWS": "*"}` with `aws:PrincipalOrgID` (aws/aws-cdk#5746: IAM refuses `"Principal": "*"` in a trust
 * policy and takes `{"AWS": "*"}`), which the IAM User Guide recommends in a trust policy only with a
 * Condition. Apps synthesised in process with aws-cdk-lib 2.276.
 */
import { App, Aspects, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { describe, expect, it } from 'vitest';
import { TypedIamChecks } from '../../src/cdk/index.js';

function problems(assumedBy: iam.IPrincipal): string[] {
  const app = new App();
  const stack = new Stack(app, 'S', { env: { account: '111122223333', region: 'eu-west-1' } });
  new iam.Role(stack, 'Role', { assumedBy });
  Aspects.of(app).add(new TypedIamChecks());
  const a = Annotations.fromStack(stack);
  const typedIam = Match.stringLikeRegexp('\\[typed-iam\\]');
  return [...a.findError('*', typedIam), ...a.findWarning('*', typedIam)].map((x) => String(x.entry.data));
}

describe('trust policies with all principals', () => {
  it('OrganizationPrincipal ({"AWS": "*"} with aws:PrincipalOrgID) synthesises without a finding', () => {
    expect(problems(new iam.OrganizationPrincipal('o-abcdefghij'))).toEqual([]);
  });
  it('AnyPrincipal ({"AWS": "*"} without a condition) is the security finding for a public principal, not an unsupported principal', () => {
    const found = problems(new iam.AnyPrincipal());
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('security PUBLIC_PRINCIPAL_WITHOUT_CONDITION');
  });
});
