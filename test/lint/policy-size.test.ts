import { describe, expect, it } from 'vitest';
import { allow, parsePolicy, policy, principal, SIZE_TARGETS } from '../../src/index.js';
import { lint } from '../../src/lint/index.js';

/** An SCP of `n` Deny statements: its compact text grows about 160 characters a statement. */
const scp = (n: number) => ({
  Version: '2012-10-17',
  Statement: Array.from({ length: n }, (_, i) => ({
    Sid: `DenyOutside${i}`,
    Effect: 'Deny',
    Action: ['s3:DeleteBucket', 'ec2:RunInstances'],
    Resource: '*',
    Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } },
  })),
});
const sizeFindings = (input: Parameters<typeof lint>[0], options: Parameters<typeof lint>[1]) => lint(input, options).filter((f) => f.code.startsWith('POLICY_SIZE_EXCEEDS'));

describe('size rules on JSON text', () => {
  // Organizations quotas (iam-reference §5): the SCP limit is in characters and the CLI/SDK store
  // the text as sent, whitespace included; the console strips it. The text linted is the text sent.
  const doc = scp(50);
  const compact = JSON.stringify(doc);
  const indented = JSON.stringify(doc, null, 2);

  it('counts an SCP as written: indented text over the quota whose compact form fits', () => {
    expect(compact.length).toBeLessThan(SIZE_TARGETS.scp.limit);
    expect(indented.length).toBeGreaterThan(SIZE_TARGETS.scp.limit);
    const [finding, ...rest] = sizeFindings(indented, { kind: 'scp' });
    expect(rest).toEqual([]);
    expect(finding?.code).toBe('POLICY_SIZE_EXCEEDS_SCP_QUOTA');
    expect(finding?.severity).toBe('error');
    // the figure is the text's own length; the message names the fix
    expect(finding?.message).toContain(`as written is ${indented.length.toLocaleString('en-US')} characters, ${(indented.length - SIZE_TARGETS.scp.limit).toLocaleString('en-US')} over`);
    expect(finding?.message).toContain('without whitespace');
    expect(finding?.message).toContain('fits');
  });

  it('finds nothing when the same document is sent compact, as text, as an object or parsed', () => {
    expect(sizeFindings(compact, { kind: 'scp' })).toEqual([]);
    expect(sizeFindings(doc, { kind: 'scp' })).toEqual([]);
    // a parsed policy is sent as its own compact text (toString), whatever text it was read from
    expect(sizeFindings(parsePolicy(indented, { kind: 'scp' }), { kind: 'scp' })).toEqual([]);
  });

  it('says to split when even the compact form is over', () => {
    const big = JSON.stringify(scp(70), null, 2);
    const [finding] = sizeFindings(big, { kind: 'scp' });
    expect(finding?.message).toContain(`as written is ${big.length.toLocaleString('en-US')} characters`);
    // the advice of the target (docs/size-limits.md): several SCPs attach to one root, OU or account
    expect(finding?.message).toContain('Split it into several SCPs');
  });

  it('counts whitespace only for targets that count it', () => {
    // managed policies: IAM quotas say whitespace is not counted (6,144 characters)
    const identity = { Version: '2012-10-17', Statement: scp(33).Statement.map((s) => ({ ...s, Effect: 'Allow' })) };
    const text = JSON.stringify(identity, null, 2);
    expect(text.length).toBeGreaterThan(SIZE_TARGETS.managed.limit);
    expect(JSON.stringify(identity).length).toBeLessThan(SIZE_TARGETS.managed.limit);
    expect(sizeFindings(text, { kind: 'identity' })).toEqual([]);
    // the same text against a target that counts it as sent (VPC endpoint policies: 20,480 characters with whitespace)
    const endpoint = { ...SIZE_TARGETS['vpc-endpoint'], limit: text.length - 1 };
    expect(sizeFindings(text, { kind: 'identity', target: endpoint })).toHaveLength(1);
  });

  it('counts bytes as UTF-8 for byte targets, written text included', () => {
    // KMS key policies: 32,768 bytes as sent; a Latin-1 character is two bytes in UTF-8
    const statement = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:Decrypt', Resource: '*', Sid: 'é'.repeat(60) };
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 4);
    const bytes = Buffer.byteLength(text, 'utf8');
    const target = { ...SIZE_TARGETS['kms-key'], limit: bytes - 1 };
    const [finding] = sizeFindings(text, { kind: 'resource', target: target });
    expect(finding?.message).toContain(`as written is ${bytes.toLocaleString('en-US')} bytes, 1 over`);
    expect(sizeFindings(text, { kind: 'resource', target: { ...target, limit: bytes } })).toEqual([]);
  });

  it("gives the advice of the policy's target and kind (the same as PolicySizeError's)", () => {
    // IAM quotas: one trust policy per role, one permissions boundary per user or role
    const many = (n: number, s: (i: number) => object) => ({ Version: '2012-10-17', Statement: Array.from({ length: n }, (_, i) => s(i)) });
    const trust = many(60, (i) => ({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${111122223300 + i}:root` }, Action: 'sts:AssumeRole' }));
    expect(sizeFindings(trust, { kind: 'trust' })[0]?.message).toContain('A role has one trust policy');
    const boundary = many(60, (i) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-number-${i}/some/long/prefix/of/objects/*` }));
    expect(sizeFindings(boundary, { kind: 'boundary' })[0]?.message).toContain('A permissions boundary is one managed policy');
    expect(sizeFindings(boundary, { kind: 'identity' })[0]?.message).toContain('Split it into several managed policies');
  });
});

describe('size rules: which text', () => {
  // IAM quotas: a managed policy's size is its text without whitespace; a one-element array
  // (`["s3:GetObject"]`) is two characters longer than the bare string, and IAM counts what it is sent
  const doc = {
    Version: '2012-10-17',
    Statement: Array.from({ length: 37 }, (_, i) => ({
      Sid: `S${i}`,
      Effect: 'Allow',
      Action: ['s3:GetObject'],
      Resource: [`arn:aws:s3:::bucket-number-${i}/*`],
      Condition: { StringEquals: { 'aws:PrincipalOrgID': ['o-abcdefghij'] } },
    })),
  };
  const written = JSON.stringify(doc);
  const canonical = parsePolicy(written).toString({ canonical: true, target: 'iam-api' });

  it('measures JSON text and plain objects as written, as parsePolicy(...).size() does', () => {
    expect(canonical.length).toBeLessThan(written.length);
    const parsed = parsePolicy(written, { kind: 'identity' }).size();
    expect(parsed.length).toBe(written.length);
    for (const input of [written, JSON.stringify(doc, null, 2), doc, parsePolicy(written)]) {
      const [finding] = sizeFindings(input, { kind: 'identity' });
      expect(finding?.message).toContain(`is ${written.length.toLocaleString('en-US')} characters, ${(written.length - 6144).toLocaleString('en-US')} over`);
    }
  });

  it('a built policy is measured as its own canonical text', () => {
    const built = parsePolicy(written, { kind: 'identity' }).add(allow('s3:PutObject').on('arn:aws:s3:::bucket-number-0/*'));
    const [finding] = sizeFindings(built, {});
    expect(finding?.message).toContain(`is ${built.toString({ target: 'iam-api' }).length.toLocaleString('en-US')} characters`);
  });
});

describe('size rules: which target', () => {
  // IAM quotas: the role trust policy quota is 2,048 characters by default and can be raised (L-C07B4B0D)
  const trust = policy.trust(allow('sts:AssumeRole').by(Array.from({ length: 60 }, (_, i) => principal.account(String(100000000000 + i)))));
  const raised = { ...SIZE_TARGETS.trust, limit: 4096 };

  it('uses a built policy\'s own default target (withTarget), else the kind\'s', () => {
    expect(trust.size().fits).toBe(false);
    expect(trust.size(raised).fits).toBe(true);
    expect(sizeFindings(trust, {}).map((f) => f.code)).toEqual(['POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA']);
    expect(sizeFindings(trust.withTarget(raised), {})).toEqual([]);
  });

  it('takes a target of your own in the options, for text and objects alike', () => {
    const text = trust.toString({ target: raised });
    expect(sizeFindings(text, { kind: 'trust' })).toHaveLength(1);
    expect(sizeFindings(text, { kind: 'trust', target: raised })).toEqual([]);
    expect(sizeFindings(trust.toJSON(), { kind: 'trust', target: raised })).toEqual([]);
    expect(sizeFindings(trust, { target: raised })).toEqual([]);
    // an explicit option wins over the policy's own default
    expect(sizeFindings(trust.withTarget(raised), { target: 'trust' })).toHaveLength(1);
  });
});
