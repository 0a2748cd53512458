import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allow,
  deny,
  inlineSize,
  parsePolicy,
  policy,
  principal,
  PolicyArgumentError,
  PolicySizeError,
  PolicyQuotaError,
  countExcesses,
  SIZE_TARGETS,
  SIZE_TARGET_SOURCES,
  DEFAULT_TARGET,
  type SizeTargetName,
} from '../../src/index.js';
import { utf8Length } from '../../src/emit/size.js';
import { resolveAggregateTarget } from '../../src/emit/size-targets.js';

/** Independent count: drop whitespace outside JSON strings. */
function withoutWhitespace(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (!/\s/.test(c)) out += c;
  }
  return out;
}
const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('size targets (iam-reference §5)', () => {
  it('knows every target of the contract with limit, unit and whitespace rule', () => {
    const expected: Record<string, [number, 'characters' | 'bytes', boolean]> = {
      managed: [6144, 'characters', false],
      'inline-user': [2048, 'characters', false],
      'inline-group': [5120, 'characters', false],
      'inline-role': [10240, 'characters', false],
      trust: [2048, 'characters', false],
      session: [2048, 'characters', true],
      // AWS Organizations doubled the SCP size quota on 15 May 2026 (5,120 -> 10,240 characters); RCPs stay at 5,120
      scp: [10240, 'characters', true],
      rcp: [5120, 'characters', true],
      's3-bucket': [20480, 'bytes', false],
      'kms-key': [32768, 'bytes', true],
      'sqs-queue': [8192, 'bytes', true],
      'sns-topic': [30720, 'bytes', true],
      lambda: [20480, 'bytes', true],
      secretsmanager: [20480, 'characters', true],
      'ecr-repository': [10240, 'characters', true],
      'vpc-endpoint': [20480, 'characters', true],
      // EFS PutFileSystemPolicy: "EFS file system policies have a 20,000 character limit" (the Policy string, so as sent)
      'efs-file-system': [20000, 'characters', true],
    };
    for (const [name, [limit, unit, ws]] of Object.entries(expected)) {
      const t = SIZE_TARGETS[name as SizeTargetName];
      expect(t, name).toBeDefined();
      expect([t.limit, t.unit, t.whitespaceCounts], name).toEqual([limit, unit, ws]);
      expect(SIZE_TARGET_SOURCES[name as SizeTargetName].length, name).toBeGreaterThan(10);
    }
    expect(SIZE_TARGETS['inline-role'].aggregate).toBe(true);
    expect(DEFAULT_TARGET).toMatchObject({ identity: 'managed', boundary: 'managed', trust: 'trust', scp: 'scp', rcp: 'rcp', session: 'session', endpoint: 'vpc-endpoint' });
  });

  it('counts the compact text where whitespace does not count, the exact text where it does', () => {
    const p = policy.scp(deny('s3:DeleteBucket').on('*'));
    const compact = p.toString();
    const pretty = p.toString({ pretty: true });
    expect(p.size('managed', { pretty: true }).length).toBe(compact.length);
    expect(p.size('scp').length).toBe(compact.length);
    expect(p.size('scp', { pretty: true }).length).toBe(pretty.length);
    expect(pretty.length).toBeGreaterThan(compact.length);
  });

  it('counts UTF-8 bytes for byte targets (Latin-1 characters are two bytes)', () => {
    const p = policy.resource(allow('s3:GetObject').by(principal.anyone()).on('arn:aws:s3:::bucket/café/*'));
    const text = p.toString();
    expect(p.size('s3-bucket').length).toBe(bytes(text));
    expect(p.size('s3-bucket').length).toBe(text.length + 1);
    expect(p.size('secretsmanager').length).toBe(text.length);
  });

  it('throws PolicySizeError with length, limit, target, over and unit; size() never throws', () => {
    const statements = Array.from({ length: 40 }, (_, i) =>
      allow('sts:AssumeRole').by(principal.role('111122223333', `Role${i}`)),
    );
    const p = (policy.trust as (...s: unknown[]) => ReturnType<typeof policy.trust>)(...statements);
    const r = p.size();
    expect(r.fits).toBe(false);
    expect(r.target).toBe('trust');
    expect(r.over).toBe(r.length - 2048);
    expect(r.headroom).toBe(0);
    try {
      p.toString();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicySizeError);
      const err = e as PolicySizeError;
      expect([err.length, err.limit, err.target, err.over, err.unit, err.code]).toEqual([r.length, 2048, 'trust', r.over, 'characters', 'SIZE']);
      expect(err.message).toContain(`${r.over.toLocaleString('en-US')} over the 2,048-character limit of target 'trust'`);
    }
    expect(p.toString({ target: 'iam-api' }).length).toBe(r.length);
    expect(p.size('inline-role').fits).toBe(true);
  });

  it('accepts a custom target object (e.g. a raised trust quota)', () => {
    const p = policy.trust(allow('sts:AssumeRole').by(principal.service('ec2.amazonaws.com')));
    const raised = { ...SIZE_TARGETS.trust, limit: 4096 };
    expect(p.size(raised).limit).toBe(4096);
    expect(p.size({ ...SIZE_TARGETS.trust, limit: Infinity }).fits).toBe(true);
  });

  it('refuses a target of your own with a field that measures nothing right, naming the field', () => {
    // a limit read from configuration ("4096"), NaN, a fraction or a missing unit would compare or count wrongly
    const p = policy.identity(allow('s3:GetObject').on('*'));
    const cases: [Record<string, unknown>, string][] = [
      [{ ...SIZE_TARGETS.trust, limit: '4096' }, 'Size target limit must be a whole number, 0 or more (or Infinity), not "4096"'],
      [{ ...SIZE_TARGETS.trust, limit: Number.NaN }, 'not NaN'],
      [{ ...SIZE_TARGETS.trust, limit: -1 }, 'not -1'],
      [{ ...SIZE_TARGETS.trust, limit: 1.5 }, 'not 1.5'],
      [{ name: 'mine', limit: 100 }, 'Size target unit must be "characters" or "bytes", not undefined'],
      [{ ...SIZE_TARGETS.scp, whitespaceCounts: 'yes' }, 'Size target whitespaceCounts must be true or false, not "yes"'],
      [{ ...SIZE_TARGETS.scp, aggregate: undefined }, 'Size target aggregate must be true or false'],
      [{ ...SIZE_TARGETS.scp, name: '' }, 'Size target name must be a string, not ""'],
      [{ ...SIZE_TARGETS['sqs-queue'], counts: { statements: '20' } }, 'Size target counts must be an object whose statements and actionsPerStatement are whole numbers'],
      [{ ...SIZE_TARGETS['sqs-queue'], counts: { actionsPerStatement: -1 } }, 'Size target counts must be'],
      [{ ...SIZE_TARGETS['sqs-queue'], counts: 7 }, 'Size target counts must be'],
    ];
    for (const [target, message] of cases) {
      for (const use of [() => p.size(target as never), () => p.toString({ target: target as never }), () => p.withTarget(target as never)]) {
        try {
          use();
          expect.unreachable(JSON.stringify(target));
        } catch (e) {
          expect(e).toBeInstanceOf(PolicyArgumentError);
          expect((e as PolicyArgumentError).argument).toBe('target');
          expect((e as Error).message).toContain(message);
        }
      }
    }
  });

  it('reads each field of a target of your own once: a getter answering differently cannot measure against a limit it did not pass', () => {
    const p = policy.identity(allow('s3:GetObject').on('*'));
    const length = p.size('managed').length;
    let reads = 0;
    // passes the check as 10, then measures against 1 (a changing configuration object, a Proxy)
    const shifty = {
      ...SIZE_TARGETS.managed,
      get limit() {
        return reads++ === 0 ? 10_000 : 1;
      },
    };
    const r = p.size(shifty);
    expect([r.limit, r.fits, r.headroom]).toEqual([10_000, true, 10_000 - length]);
    expect(reads).toBe(1);
    let unitReads = 0;
    const unit = {
      ...SIZE_TARGETS.managed,
      get unit() {
        return unitReads++ === 0 ? 'characters' : 'nonsense';
      },
    };
    expect(p.size(unit as never).unit).toBe('characters');
    expect(unitReads).toBe(1);
    // the element-count quotas too: read once, kept as read
    let countReads = 0;
    const counts = {
      ...SIZE_TARGETS['sqs-queue'],
      counts: {
        get statements() {
          return countReads++ === 0 ? 20 : -1;
        },
      },
    };
    expect(countExcesses(p.document, counts)).toEqual([]);
    expect(countReads).toBe(1);
  });

  // a parsed policy keeps the checked copy too (it kept the caller's object, and read its getters at every size())
  const built = policy.identity(allow('s3:GetObject').on('*'));
  const parsed = parsePolicy(built.toString(), { kind: 'identity' });
  it.each([
    ['built', built],
    ['parsed', parsed],
  ])('reads a target of your own once in toString() and withTarget() (%s policy): the checks and the count use what was checked', (_, p) => {
    let reads = 0;
    // passes the check as 10,000, then 1 at every later read
    const shifty = () => ({
      ...SIZE_TARGETS.managed,
      get limit() {
        return reads++ === 0 ? 10_000 : 1;
      },
    });
    expect(p.toString({ target: shifty() })).toBe(p.toString());
    expect(reads).toBe(1);
    reads = 0;
    const kept = p.withTarget(shifty());
    // the policy keeps the checked copy: later size() and toString() calls read no getter
    expect([kept.size().limit, kept.size().fits, kept.toString()]).toEqual([10_000, true, p.toString()]);
    expect(reads).toBe(1);
    expect(Object.isFrozen(kept.defaultTarget)).toBe(true);
    // a named target stays a name
    expect(p.withTarget('inline-role').defaultTarget).toBe('inline-role');
  });

  it('inlineSize sums only against a target whose limit is a sum (inline-user, inline-group, inline-role)', () => {
    // IAM quotas: the inline policy limit of a user, group or role is the total of its inline policies; a
    // managed policy's 6,144 is per policy, so a sum checked against it answers a question AWS never asks
    const a = policy.identity(allow('s3:GetObject').on('*'));
    for (const target of ['managed', 'trust', 's3-bucket', SIZE_TARGETS.managed])
      expect(() => inlineSize(target as never, [a, a]), String(target)).toThrow(
        expect.objectContaining({ name: 'PolicyArgumentError', argument: 'target', message: expect.stringContaining('inline-role') }),
      );
    expect(inlineSize('inline-role', [a, a]).length).toBe(2 * a.toString().length);
  });

  it('answers hostile targets with PolicyArgumentError, never a TypeError or a wrong fit', () => {
    const p = policy.identity(allow('s3:GetObject').on('*'));
    const named = (e: unknown) => e instanceof PolicyArgumentError && (e as PolicyArgumentError).argument === 'target';
    // (undefined and null are the policy's default target for size and toString)
    for (const none of [undefined, null]) expect(() => countExcesses(p.document, none as never)).toThrow(PolicyArgumentError);
    const bad: unknown[] = [
      0, '', 'Managed', 'managed ', 'inline_role', 'toString', '__proto__', 'constructor', Symbol('managed'), () => 'managed', [], {},
      { ...SIZE_TARGETS.managed, limit: -Infinity }, { ...SIZE_TARGETS.managed, limit: Number.MAX_SAFE_INTEGER + 2 }, { ...SIZE_TARGETS.managed, limit: null },
      { ...SIZE_TARGETS.managed, unit: 'Characters' }, { ...SIZE_TARGETS.managed, unit: 'byte' }, { ...SIZE_TARGETS.managed, unit: 'utf8' },
      { ...SIZE_TARGETS.managed, attachable: 0 }, { ...SIZE_TARGETS.managed, attachable: 1.5 }, { ...SIZE_TARGETS.managed, counts: null },
      { ...SIZE_TARGETS.managed, counts: { statements: Number.NaN } },
    ];
    for (const t of bad) {
      for (const use of [() => p.size(t as never), () => countExcesses(p.document, t as never), () => p.toString({ target: t as never })]) {
        let thrown: unknown;
        try {
          use();
        } catch (e) {
          thrown = e;
        }
        expect(named(thrown), String(typeof t === 'symbol' ? 'symbol' : JSON.stringify(t))).toBe(true);
      }
    }
    // limit 0 fits only nothing; Infinity fits everything (both asked for)
    expect(p.size({ ...SIZE_TARGETS.managed, limit: 0 }).fits).toBe(false);
    expect(p.size({ ...SIZE_TARGETS.managed, limit: 0 }).over).toBe(p.size('managed').length);
    expect(p.size({ ...SIZE_TARGETS.managed, limit: Infinity }).fits).toBe(true);
  });

  it('countExcesses reads JSON documents as AWS counts them and refuses what is no document (PolicyArgumentError, not a TypeError)', () => {
    const json = (n: number, action: unknown) => ({ Version: '2012-10-17', Statement: Array.from({ length: n }, () => ({ Effect: 'Allow', Principal: '*', Action: action, Resource: '*' })) });
    // a string Action is one action (was its length: 'sqs:SendMessage' counted 15 > 7)
    expect(countExcesses(json(1, 'sqs:SendMessage') as never, 'sqs-queue')).toEqual([]);
    expect(countExcesses(json(1, Array(8).fill('sqs:SendMessage')) as never, 'sqs-queue')).toEqual([{ quota: 'actionsPerStatement', count: 8, limit: 7, path: 'Statement[0].Action' }]);
    // a single Statement object is one statement
    expect(countExcesses({ Version: '2012-10-17', Statement: json(1, Array(8).fill('sqs:SendMessage')).Statement[0] } as never, 'sqs-queue')).toEqual([
      { quota: 'actionsPerStatement', count: 8, limit: 7, path: 'Statement[0].Action' },
    ]);
    for (const doc of [undefined, null, 42, 'text', {}, { Statement: 'x' }, { Statement: 7 }, { Statement: [null] }, { Statement: [{ Action: 7 }] }, { Statement: [[]] }]) {
      for (const target of ['sqs-queue', 'managed'] as const) {
        let thrown: unknown;
        try {
          countExcesses(doc as never, target);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, JSON.stringify(doc)).toBeInstanceOf(PolicyArgumentError);
        expect((thrown as PolicyArgumentError).argument).toMatch(/^doc/);
      }
    }
  });

  describe('element-count quotas', () => {
    const queue = 'arn:aws:sqs:us-east-1:111122223333:orders';
    const sqsActions = ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:PurgeQueue', 'sqs:ListQueueTags'] as const;
    const send = (i: number) => allow('sqs:SendMessage').on(queue).by(principal.account('111122223333')).when('ArnEquals', 'aws:SourceArn', `arn:aws:sns:us-east-1:111122223333:topic-${i}`);

    it('knows the quotas AWS documents beside the size: SQS 20 statements of at most 7 actions, SNS 100 statements', () => {
      // Amazon SQS policy quotas: Bytes 8,192, Statements 20, Actions per statement 7
      expect(SIZE_TARGETS['sqs-queue'].counts).toEqual({ statements: 20, actionsPerStatement: 7 });
      // Amazon SNS policy quotas: Bytes 30 kb, Statements 100
      expect(SIZE_TARGETS['sns-topic'].counts).toEqual({ statements: 100 });
      expect(SIZE_TARGETS.managed.counts).toBeUndefined();
    });

    it('refuses 21 statements in an SQS queue policy (SQS: "21 statements were found in the submitted policy, max allowed is 20")', () => {
      const ok = policy.resource(...Array.from({ length: 20 }, (_, i) => send(i)));
      expect(() => ok.toString({ target: 'sqs-queue' })).not.toThrow();
      const over = ok.add(send(20));
      expect(countExcesses(over.document, 'sqs-queue')).toEqual([{ quota: 'statements', count: 21, limit: 20, path: 'Statement' }]);
      try {
        over.toString({ target: 'sqs-queue' });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyQuotaError);
        const q = e as PolicyQuotaError;
        expect(q.code).toBe('QUOTA');
        expect(q.target).toBe('sqs-queue');
        expect(q.excesses).toEqual([{ quota: 'statements', count: 21, limit: 20, path: 'Statement' }]);
        expect(q.message).toContain("21 statements, 1 over the 20 of target 'sqs-queue': merge statements that differ only in their actions");
      }
      // other targets take it: a bucket policy has no statement quota
      expect(() => over.toString({ target: 's3-bucket' })).not.toThrow();
      expect(() => policy.resource(...Array.from({ length: 101 }, (_, i) => send(i))).toString({ target: 'sns-topic' })).toThrow(PolicyQuotaError);
    });

    it('refuses more than 7 actions in one statement of an SQS queue policy, at the statement', () => {
      // SQS: "10 actions were found in a statement from the submitted policy, max allowed is 7"
      const seven = allow(...sqsActions.slice(0, 7)).on(queue).by(principal.account('111122223333'));
      const eight = allow(...sqsActions).on(queue).by(principal.account('111122223333'));
      expect(() => policy.resource(seven).toString({ target: 'sqs-queue' })).not.toThrow();
      const p = policy.resource(seven, eight);
      expect(countExcesses(p.document, 'sqs-queue')).toEqual([{ quota: 'actionsPerStatement', count: 8, limit: 7, path: 'Statement[1].Action' }]);
      expect(() => p.toString({ target: 'sqs-queue' })).toThrow(/Statement\[1\]\.Action: 8 actions in one statement, 1 over the 7 per statement/);
      // the policy's own default target is read too
      expect(() => p.withTarget('sqs-queue').toString()).toThrow(PolicyQuotaError);
      // a wildcard is one entry
      expect(() => policy.resource(allow('sqs:*').on(queue).by(principal.account('111122223333'))).toString({ target: 'sqs-queue' })).not.toThrow();
    });

    it('refuses a parsed policy over a quota as it refuses a built one: source form, canonical form and withTarget', () => {
      // Amazon SQS policy quotas: 20 statements, 7 actions per statement (docs/size-limits.md: toString throws PolicyQuotaError)
      const over = policy.resource(...Array.from({ length: 21 }, (_, i) => send(i)));
      const eight = policy.resource(allow(...sqsActions).on(queue).by(principal.account('111122223333')));
      for (const [built, excess] of [
        [over, { quota: 'statements', count: 21, limit: 20, path: 'Statement' }],
        [eight, { quota: 'actionsPerStatement', count: 8, limit: 7, path: 'Statement[0].Action' }],
      ] as const) {
        // written with the text's own forms (a bare string Action is one entry; repeats are entries as AWS reads them)
        const parsed = parsePolicy(built.toString({ pretty: true }), { kind: 'resource' });
        const calls = [
          () => parsed.toString({ target: 'sqs-queue' }),
          () => parsed.toString({ target: 'sqs-queue', canonical: true }),
          () => parsed.toString({ target: 'sqs-queue', pretty: true }),
          () => parsed.withTarget('sqs-queue').toString(),
        ];
        for (const call of calls) {
          let thrown: unknown;
          try {
            call();
          } catch (e) {
            thrown = e;
          }
          expect(thrown).toBeInstanceOf(PolicyQuotaError);
          expect((thrown as PolicyQuotaError).excesses).toEqual([excess]);
        }
        // the size alone fits, and other targets take it
        expect(parsed.size('sqs-queue').fits).toBe(true);
        expect(() => parsed.toString({ target: 's3-bucket' })).not.toThrow();
      }
      // at the quota: 20 statements and 7 actions are taken
      const twenty = parsePolicy(policy.resource(...Array.from({ length: 20 }, (_, i) => send(i))).toString(), { kind: 'resource' });
      expect(() => twenty.toString({ target: 'sqs-queue' })).not.toThrow();
      const seven = parsePolicy(policy.resource(allow(...sqsActions.slice(0, 7)).on(queue).by(principal.account('111122223333'))).toString(), { kind: 'resource' });
      expect(() => seven.withTarget('sqs-queue').toString({ canonical: true })).not.toThrow();
    });

    it('reads the counts of a target of your own; size() reports the size only', () => {
      const p = policy.identity(allow('s3:GetObject').on('*'), allow('s3:PutObject').on('*'));
      const mine = { ...SIZE_TARGETS.managed, name: 'mine' as SizeTargetName, counts: { statements: 1 } };
      expect(() => p.toString({ target: mine })).toThrow(/Policy exceeds a quota of target 'mine'/);
      expect(p.size(mine).fits).toBe(true);
      expect(() => p.toString({ target: { ...mine, counts: { statements: Infinity } } })).not.toThrow();
    });
  });

  it('counts the text IAM receives: escapes as written, spaces inside values, exactly at the limit fits and one more is over', () => {
    // iam-reference §5: IAM counts the characters of the document it is sent, without whitespace outside strings
    const withValue = (v: string) => policy.identity(allow('s3:GetObject').on('*').whenUnchecked('StringEquals', 'aws:username', v));
    const base = withValue('a').size('managed').length;
    expect(withValue('"').size('managed').length).toBe(base + 1); // \" is two characters
    expect(withValue('\n').size('managed').length).toBe(base + 1);
    expect(withValue('a b c').size('managed').length).toBe(base + 4); // spaces inside a value count
    expect(withValue('é').size('managed').length).toBe(base);
    expect(withValue('é').size('kms-key').length).toBe(base + 1); // two UTF-8 bytes
    const atLimit = { ...SIZE_TARGETS.managed, limit: base };
    expect(withValue('a').size(atLimit)).toMatchObject({ fits: true, headroom: 0, over: 0 });
    expect(withValue('a').toString({ target: atLimit }).length).toBe(base);
    expect(withValue('ab').size(atLimit)).toMatchObject({ fits: false, over: 1 });
    expect(() => withValue('ab').toString({ target: atLimit })).toThrow(PolicySizeError);
  });

  it('counts UTF-8 bytes as an encoder does, lone surrogates included (was: a high surrogate before any character counted 4 with it, 2 short)', () => {
    // a lone surrogate is sent as U+FFFD, 3 bytes: '\ud800\u0800' is 3 + 3, not one 4-byte pair
    for (const s of ['\ud800\u0800', '\ud800a', '\ud800\ud800\udc00', '\udc00\ud800', '\ud800', 'é\ud83d\ude00', '\uffff\u07ff']) expect(utf8Length(s), JSON.stringify(s)).toBe(bytes(s));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', '\u07ff', '\u0800', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00'), { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(utf8Length(s)).toBe(bytes(s));
      }),
      { numRuns: 500, seed: 33 },
    );
  });

  it('sums inline policies of one entity', () => {
    const a = policy.identity(allow('s3:GetObject').on('*'));
    const b = policy.identity(allow('s3:PutObject').on('*'));
    const r = inlineSize('inline-user', [a, b]);
    expect(r.length).toBe(a.toString().length + b.toString().length);
    expect(r.limit).toBe(2048);
    const many = Array.from({ length: 30 }, () => a);
    expect(inlineSize('inline-user', many).fits).toBe(false);
  });

  it('has the check inlineSize needs for plain JavaScript callers: only a sum target, else PolicyArgumentError naming them', () => {
    // IAM quotas: the inline limits are aggregates ("inline policies per user/group/role, aggregate"); the others limit each policy
    for (const name of ['inline-user', 'inline-group', 'inline-role'] as const) expect(resolveAggregateTarget(name)).toBe(SIZE_TARGETS[name]);
    expect(resolveAggregateTarget({ ...SIZE_TARGETS['inline-role'], limit: 20480 }).limit).toBe(20480);
    for (const t of ['managed', 'trust', 's3-bucket', { ...SIZE_TARGETS.managed }, 'nope']) {
      let thrown: unknown;
      try {
        resolveAggregateTarget(t as never);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(PolicyArgumentError);
      expect((thrown as PolicyArgumentError).argument).toBe('target');
      if (t !== 'nope') expect((thrown as Error).message).toContain('inlineSize takes "inline-user", "inline-group", "inline-role"');
    }
  });

  it('counts a parsed inline policy as written (IAM counts the text it is sent, without whitespace)', () => {
    // no Version and a bare Statement object: toJSON() adds both, the text sent has neither
    const text = '{"Statement":{"Effect":"Allow","Action":["s3:GetObject"],"Resource":["*"]}}';
    const parsed = parsePolicy(text, { kind: 'identity' });
    expect(parsed.toString()).toBe(text);
    expect(inlineSize('inline-role', [parsed]).length).toBe(text.length);
    // any object with toJSON (a CDK PolicyDocument) counts as its compact JSON
    const plain = { toJSON: () => ({ Version: '2012-10-17', Statement: [] }) };
    expect(inlineSize('inline-role', [plain]).length).toBe(JSON.stringify(plain.toJSON()).length);
  });

  it('inlineSize counts an object with toJSON() in the target\'s unit: UTF-8 bytes for a target that counts bytes', () => {
    // iam-reference §5: byte-denominated quotas count UTF-8 bytes (a Latin-1 character is two)
    const p = policy.identity(allow('s3:GetObject').on('arn:aws:s3:::données/*'));
    const cdkLike = { toJSON: () => p.toJSON() };
    // a sum target of your own (resolveAggregateTarget takes one; the signature names the built-in three)
    const inBytes = { ...SIZE_TARGETS['inline-role'], name: 'inline-bytes' as SizeTargetName, unit: 'bytes' } as never;
    const text = JSON.stringify(p.toJSON());
    expect(inlineSize(inBytes, [cdkLike]).length).toBe(bytes(text));
    expect(inlineSize(inBytes, [cdkLike]).length).toBe(inlineSize(inBytes, [p]).length);
    expect(inlineSize(inBytes, [cdkLike]).length).toBe(text.length + 1);
    // the built-in inline targets count characters
    expect(inlineSize('inline-role', [cdkLike]).length).toBe(text.length);
  });

  it('inlineSize refuses what is no list of policies, and a toJSON() giving a bigint or a cycle, with PolicyArgumentError (was a TypeError)', () => {
    const p = policy.identity(allow('s3:GetObject').on('*'));
    const thrown = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    for (const notList of [p, null, undefined, 'x', { length: 1, 0: p }]) {
      const e = thrown(() => inlineSize('inline-role', notList as never));
      expect(e, String(notList)).toBeInstanceOf(PolicyArgumentError);
      expect(e).toMatchObject({ argument: 'policies' });
      expect((e as Error).message).toContain('is no list of policies');
    }
    const cycle: Record<string, unknown> = { Version: '2012-10-17' };
    cycle['Statement'] = cycle;
    for (const json of [10n, { Statement: [{ Effect: 'Allow', Action: 1n }] }, cycle]) {
      const e = thrown(() => inlineSize('inline-role', [p, { toJSON: () => json }]));
      expect(e).toBeInstanceOf(PolicyArgumentError);
      expect(e).toMatchObject({ argument: 'policies[1]' });
    }
  });

  it('emits deterministic text: same input, same output', () => {
    const build = () =>
      policy.identity(
        allow('s3:GetObject', 's3:GetObject', 's3:PutObject').on('arn:aws:s3:::b/*').when('StringEquals', 'aws:PrincipalOrgID', 'o-1'),
      );
    expect(build().toString()).toBe(build().toString());
    expect(build().toJSON().Statement[0]!.Action).toEqual(['s3:GetObject', 's3:PutObject']);
  });
});

describe('emit round trip and size (property)', () => {
  const action = fc.constantFrom('s3:GetObject', 's3:PutObject', 'ec2:Describe*', 'dynamodb:Query', 'iam:PassRole', 'sqs:*', '*');
  const resource = fc.oneof(
    fc.constant('*'),
    fc.string({ minLength: 1, maxLength: 20 }).map((s) => `arn:aws:s3:::bucket/${s}`),
    fc.constantFrom('arn:aws:dynamodb:us-east-1:123456789012:table/T', 'arn:aws:s3:::b/ü/*'),
  );
  const value = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('o-1', 'é', 'a"b', 'back\\slash'));
  const statement = fc
    .record({
      effect: fc.constantFrom('Allow', 'Deny'),
      actions: fc.array(action, { minLength: 1, maxLength: 4 }),
      resources: fc.array(resource, { minLength: 1, maxLength: 3 }),
      conditions: fc.array(fc.tuple(fc.constantFrom('StringEquals', 'StringLike', 'StringNotEquals'), fc.constantFrom('aws:PrincipalOrgID', 'aws:ResourceTag/Env', 's3:prefix'), fc.array(value, { minLength: 1, maxLength: 3 })), { maxLength: 3 }),
      sid: fc.option(fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), { nil: undefined }),
    })
    .map((r) => {
      let b = (r.effect === 'Allow' ? allow : deny).unchecked(...(r.actions as [string, ...string[]])).on(...(r.resources as ['*']));
      for (const [op, key, values] of r.conditions) b = b.whenUnchecked(op, key, values);
      return r.sid === undefined ? b : b.sid(r.sid);
    });

  it('JSON.parse(p.toString()) deep-equals p.toJSON(), and size() matches an independent count', () => {
    fc.assert(
      // Sids unique, as an identity policy requires (a statement without one is unique by itself)
      fc.property(fc.uniqueArray(statement, { minLength: 1, maxLength: 6, selector: (b) => b.toStatement().Sid ?? b }), fc.boolean(), (statements, pretty) => {
        const p = (policy.identity as (...s: unknown[]) => ReturnType<typeof policy.identity>)(...statements);
        const text = p.toString({ pretty, target: 'iam-api' });
        expect(JSON.parse(text)).toEqual(p.toJSON());
        expect(p.size('managed', { pretty }).length).toBe(withoutWhitespace(text).length);
        expect(p.size('scp', { pretty }).length).toBe(text.length);
        expect(p.size('s3-bucket', { pretty }).length).toBe(bytes(withoutWhitespace(text)));
        expect(p.size('kms-key', { pretty }).length).toBe(bytes(text));
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});
