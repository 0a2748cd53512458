/** Witnesses are distinct requests: each is listed once, with its one reason; their actions are ones a service has where the cell holds one. */
import { describe, expect, it } from 'vitest';
import { checkAccessNotGranted, checkNoNewAccess, compare } from '../../src/analyze/index.js';
import { allow, policy, principal } from '../../src/index.js';
import { requestKey } from '../../src/analyze/checks.js';
import { diff } from '../../src/analyze/index.js';
import { expandActions } from '../../src/catalog/index.js';
import { evaluate } from '../../src/evaluate/index.js';
import { parsePolicy } from '../../src/parse/index.js';

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
    expect(r.witnesses).toContainEqual({ principal: 'arn:aws:iam::111122223333:root', action: 's3:PutObject', resource: 'arn:aws:s3:::example-bucket/example-object' });
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

describe('witness actions in the open world', () => {
  // docs/analyze.md, Options: with actions 'open' a wildcard also covers actions that do not exist
  // yet, so the search may name a cell by a made-up action (`iam:q`, `ec2:D`); as evidence a
  // witness names an action of the catalog that every statement treats alike, where one exists
  const identity = (...Statement: object[]) => parsePolicy({ Version: '2012-10-17', Statement }, { kind: 'identity' });
  const inCatalog = (action: string) => expandActions(action).length === 1;
  const cases: [string, ReturnType<typeof identity>, ReturnType<typeof identity>, RegExp][] = [
    ['NotAction: an action of the excluded service', identity({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), identity({ Effect: 'Allow', Action: '*', Resource: '*' }), /^iam:/],
    ['a wider wildcard of the same service', identity({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }), identity({ Effect: 'Allow', Action: 'ec2:*', Resource: '*' }), /^ec2:(?!Describe)/],
    ['a prefix wildcard: an action the wildcard matches', identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), identity({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }), /^s3:Get(?!Object$)/],
    ['a wildcard in the service: a service the catalog has', identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), identity({ Effect: 'Allow', Action: '*:List*', Resource: '*' }), /^[a-z0-9-]+:List/],
  ];
  it.each(cases)('%s', (_, before, after, shape) => {
    const r = checkNoNewAccess(before, after);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) {
      expect(w.action).toMatch(shape);
      expect(inCatalog(w.action)).toBe(true);
      // the witness still proves the difference
      expect(evaluate({ identity: after }, w).decision).toBe('allow');
      expect(evaluate({ identity: before }, w).decision).not.toBe('allow');
    }
  });
  it("diff's examples name catalog actions too", () => {
    const d = diff(identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), identity({ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }));
    expect(d.added.length).toBeGreaterThan(0);
    for (const row of d.added) expect(inCatalog(row.example.action)).toBe(true);
  });
  it('a cell no catalog action is in keeps its own name, and a pass is unchanged', () => {
    // only the literal itself is in its cell: no action of the catalog replaces it
    const r = checkNoNewAccess(identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), identity({ Effect: 'Allow', Action: 's3:GetObjectNext', Resource: '*' }));
    expect(r.witnesses.map((w) => w.action)).toEqual(['s3:GetObjectNext']);
    expect(checkNoNewAccess(identity({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), identity({ Effect: 'Allow', Action: 's3:Get*', Resource: '*' })).result).toBe('pass');
  });
});

describe('witness resources a person reads', () => {
  // docs/analyze.md: the search names a set of resources by its shortest text (an empty S3 key,
  // `*`, empty region and account fields); a witness names an ARN of its action's format instead
  // where every policy decides it alike, by the same statements
  const identity = (...Statement: object[]) => parsePolicy({ Version: '2012-10-17', Statement }, { kind: 'identity' });
  const replays = (before: ReturnType<typeof identity>, after: ReturnType<typeof identity>, w: Parameters<typeof evaluate>[1]) => {
    expect(evaluate({ identity: after }, w).decision).toBe('allow');
    expect(evaluate({ identity: before }, w).decision).not.toBe('allow');
  };
  it('fills the empty object key of a prefix', () => {
    const before = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/a*' });
    const after = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' });
    const r = checkNoNewAccess(before, after);
    expect(r.witnesses.map((w) => w.resource)).toEqual(['arn:aws:s3:::docs/example-object']);
    for (const w of r.witnesses) replays(before, after, w);
  });
  it('names an object in a folder rather than the folder itself', () => {
    // the search's shortest text for docs/pub/* is the key `pub/` (a `*` matches an empty run)
    const before = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/priv/*' });
    const after = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/pub/*' });
    const r = checkNoNewAccess(before, after);
    expect(r.witnesses.map((w) => w.resource)).toEqual(['arn:aws:s3:::docs/pub/example-object']);
    for (const w of r.witnesses) replays(before, after, w);
    // where the object's name would change the decision, the folder stays
    const e = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/pub/e*' });
    const k = checkNoNewAccess(e, after);
    expect(k.witnesses.map((w) => w.resource)).toEqual(['arn:aws:s3:::docs/pub/']);
    for (const w of k.witnesses) replays(e, after, w);
  });
  it('keeps the shortest text when the placeholder would change the decision', () => {
    // `docs/example-object` is in docs/e*, which before allows: the key stays empty
    const before = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/e*' });
    const after = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' });
    const r = checkNoNewAccess(before, after);
    expect(r.witnesses.map((w) => w.resource)).toEqual(['arn:aws:s3:::docs/']);
    for (const w of r.witnesses) replays(before, after, w);
  });
  it('gives `*` and a one-character resource part the format example, with region and account filled', () => {
    const before = identity({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:*:*:table/Orders' });
    const after = identity({ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' });
    const r = checkNoNewAccess(before, after);
    expect(r.witnesses.map((w) => w.resource)).toEqual(['arn:aws:dynamodb:us-east-1:111122223333:table/example-table']);
    for (const w of r.witnesses) replays(before, after, w);
    const ec2 = checkNoNewAccess(
      identity({ Effect: 'Allow', Action: 'ec2:StartInstances', Resource: 'arn:aws:ec2:*:*:instance/i-1' }),
      identity({ Effect: 'Allow', Action: 'ec2:StartInstances', Resource: 'arn:aws:ec2:*:*:*' }),
    );
    expect(ec2.witnesses.map((w) => w.resource)).toEqual(['arn:aws:ec2:us-east-1:111122223333:instance/example-instance-id']);
  });
  it('keeps a resource a policy writes out, one of another service, and `*` for an action without resource types', () => {
    // a literal that fits no format of the action stays as written
    const literal = checkNoNewAccess(identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/*' }), identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs' }));
    expect(literal.witnesses.map((w) => w.resource)).toEqual(['arn:aws:s3:::docs']);
    const other = checkNoNewAccess(identity({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: 'arn:aws:s3:::a/*' }), identity({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: 'arn:aws:s3:::b/*' }));
    expect(other.witnesses.map((w) => w.resource)).toEqual(['arn:aws:s3:::b/']);
    const none = checkNoNewAccess(identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), identity({ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }));
    expect(none.witnesses.map((w) => w.resource)).toEqual(['*']);
  });
  it('fills an empty account with the resource account the witness needs, and leaves the diff rows as they were', () => {
    const read = policy.resource(allow('sqs:SendMessage').by(principal.account('444455556666')).on('arn:aws:sqs:us-east-1:*:orders'));
    const write = policy.resource(allow('sqs:SendMessage', 'sqs:DeleteQueue').by(principal.account('444455556666')).on('arn:aws:sqs:us-east-1:*:orders'));
    const r = checkNoNewAccess(read, write);
    expect(r.result).toBe('fail');
    for (const w of r.witnesses) {
      // the account the cell leaves open is the request's resource account, or else the caller's
      expect(w.resource).toBe(`arn:aws:sqs:us-east-1:${w.resourceAccount ?? '444455556666'}:orders`);
      expect(evaluate({ resource: write }, w).decision).toBe('allow');
      expect(evaluate({ resource: read }, w).decision).not.toBe('allow');
    }
    const d = diff(identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/a*' }), identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/*' }));
    expect(d.added.map((row) => [row.resources, row.example.resource])).toEqual([[['arn:aws:s3:::docs/*'], 'arn:aws:s3:::docs/example-object']]);
  });
});

describe('witness actions that fit their resource', () => {
  // docs/analyze.md: in the open world, when no format of the witness's action fits its resource, an
  // action of the same service and verb whose format does, decided alike by every policy
  const identity = (...Statement: object[]) => parsePolicy({ Version: '2012-10-17', Statement }, { kind: 'identity' });
  it('names an object action for an object ARN', () => {
    const before = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/a*' });
    const after = identity({ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::docs/*' });
    const r = checkNoNewAccess(before, after, { maxWitnesses: 1 });
    // was: s3:GetAccelerateConfiguration (a bucket action) on arn:aws:s3:::docs/
    expect(r.witnesses.map((w) => [w.action, w.resource])).toEqual([['s3:GetObject', 'arn:aws:s3:::docs/example-object']]);
    expect(evaluate({ identity: after }, r.witnesses[0]!).decision).toBe('allow');
    expect(evaluate({ identity: before }, r.witnesses[0]!).decision).not.toBe('allow');
  });
  it('keeps an action a policy names, and every action in the catalog world', () => {
    const named = checkNoNewAccess(identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), identity({ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::docs/*' }));
    expect(named.witnesses.map((w) => w.action)).toEqual(['s3:ListBucket']);
    const before = identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::docs/a*' });
    const after = identity({ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::docs/*' });
    const closed = diff(before, after, { actions: 'catalog' });
    // the example is the cell's representative; the row's cell lists every catalog action of it
    for (const row of closed.added) expect(row.cell).toContain(row.example.action);
  });
});

describe('witness context values a person reads', () => {
  // docs/analyze.md: an ARN condition value with an empty field is filled by the formats of its service
  const identity = (...Statement: object[]) => parsePolicy({ Version: '2012-10-17', Statement }, { kind: 'identity' });
  const onArn = (operator: string, value: string) => identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { [operator]: { 'aws:SourceArn': value } } });
  it('fills the empty fields of an ARN value', () => {
    const before = onArn('ArnLike', 'arn:aws:sns:*:111122223333:alerts');
    const after = onArn('ArnLike', 'arn:aws:sns:*:*:*');
    const r = checkNoNewAccess(before, after);
    expect(r.witnesses).toHaveLength(1);
    const w = r.witnesses[0]!;
    expect(w.context?.['aws:SourceArn']).toMatch(/^arn:aws:sns:us-east-1:\d{12}:example-topic$/);
    expect(evaluate({ identity: after }, w).decision).toBe('allow');
    expect(evaluate({ identity: before }, w).decision).not.toBe('allow');
  });
  it('names a value after a prefix a pattern ends in, where decided alike', () => {
    const tag = (values: string[]) => identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringLike: { 'aws:PrincipalTag/team': values } } });
    const r = checkNoNewAccess(tag(['ops']), tag(['ops', 'eng-*']));
    expect(r.witnesses.map((w) => w.context?.['aws:PrincipalTag/team'])).toEqual(['eng-example']);
    for (const w of r.witnesses) expect(evaluate({ identity: tag(['ops', 'eng-*']) }, w).decision === 'allow' && evaluate({ identity: tag(['ops']) }, w).decision !== 'allow').toBe(true);
    // `eng-example` is one before allows: the prefix itself stays
    const k = checkNoNewAccess(tag(['eng-e*']), tag(['eng-*']));
    expect(k.witnesses.map((w) => w.context?.['aws:PrincipalTag/team'])).toEqual(['eng-']);
  });
  it('keeps a value a policy writes out', () => {
    // an S3 bucket's ARN has no Region or account: the value is the policy's, kept as written
    const r = checkNoNewAccess(onArn('ArnEquals', 'arn:aws:s3:::other'), onArn('ArnEquals', 'arn:aws:s3:::logs'));
    expect(r.witnesses.map((w) => w.context?.['aws:SourceArn'])).toEqual(['arn:aws:s3:::logs']);
  });
});

describe('how a witness reads the resource policy', () => {
  const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
  const root = { AWS: 'arn:aws:iam::111122223333:root' };
  it('a request on an S3 object is not also given read as a KMS key policy or a role trust policy when the plain reading shows the same', () => {
    // evaluate reads a resource policy as a key policy on a KMS key ARN, else as asked (docs/evaluation.md,
    // resourceType); the search tries each reading on every resource it tries
    const before = doc({ Effect: 'Allow', Principal: root, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/x/*' });
    const after = doc({ Effect: 'Allow', Principal: root, Action: 's3:GetObject', Resource: ['arn:aws:s3:::b/x/*', 'arn:aws:s3:::b/y/*'] });
    const c = compare({ resource: before }, { resource: after });
    expect(c.bOnly.length).toBeGreaterThan(0);
    for (const w of c.bOnly) expect(w.resourceType).toBeUndefined();
    for (const w of c.bOnly) expect(evaluate({ resource: after }, w).decision === 'allow' && evaluate({ resource: before }, w).decision !== 'allow').toBe(true);
  });
  it('keeps the key-policy reading on a KMS key', () => {
    const before = doc({ Effect: 'Allow', Principal: root, Action: 'kms:Encrypt', Resource: '*' });
    const after = doc({ Effect: 'Allow', Principal: root, Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' });
    const r = checkNoNewAccess({ resource: before }, { resource: after });
    expect(r.result).toBe('fail');
    expect(r.witnesses.some((w) => w.resource?.startsWith('arn:aws:kms:') && evaluate({ resource: after }, w).decision === 'allow')).toBe(true);
  });
});
