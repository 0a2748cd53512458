/**
 * Two copies of typed-iam in one program, read from the built dist/ (`npm run build` first): the
 * ESM build (dist/) and the CommonJS build (dist/cjs/) are separate module copies, as when an ESM
 * app uses a CommonJS library that depends on typed-iam (or two installs of it). Each copy's
 * policies, and its errors under `instanceof`, are known to the other (docs/errors.md, Two copies
 * of typed-iam).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as esm from '../../dist/index.js';
import * as esmLint from '../../dist/lint/index.js';
import * as esmEvaluate from '../../dist/evaluate/index.js';

const require = createRequire(import.meta.url);
const cjs = require('../../dist/cjs/index.js') as typeof esm;

const CLASSES = ['IamPolicyError', 'PolicyParseError', 'PolicyValidationError', 'PolicySizeError', 'PolicyQuotaError', 'PolicyArgumentError', 'PolicyCheckError'] as const;

/** What each copy throws, one error of each class. */
function thrown(lib: typeof esm, lint: (p: unknown) => void): Record<(typeof CLASSES)[number], unknown> {
  const of = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error('did not throw');
  };
  const { allow, policy, principal } = lib;
  const queue = policy.resource(
    allow('sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ListDeadLetterSourceQueues', 'sqs:PurgeQueue')
      .on('arn:aws:sqs:us-east-1:111122223333:orders')
      .by(principal.account('111122223333')),
  );
  return {
    IamPolicyError: new lib.IamPolicyError('PARSE', 'base'),
    PolicyParseError: of(() => lib.parsePolicy('{')),
    PolicyValidationError: of(() => (policy.identity as (...a: unknown[]) => unknown)(allow('s3:GetObject').on('*').by(principal.anyone()))),
    PolicySizeError: of(() => policy.identity(allow('s3:GetObject').on(Array.from({ length: 100 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`))).toString({ target: 'trust' })),
    PolicyQuotaError: of(() => queue.toString({ target: 'sqs-queue' })),
    PolicyArgumentError: of(() => policy.identity(allow('s3:GetObject').on('*')).withTarget('nope' as never)),
    PolicyCheckError: of(() => lint(policy.identity(allow.unchecked('s3:GetObjekt').on('*')))),
  };
}

const fromEsm = thrown(esm, (p) => esmLint.checkPolicy(p as never));
const fromCjs = thrown(cjs, (p) => (require('../../dist/cjs/lint/index.js') as typeof esmLint).checkPolicy(p as never));

describe('two copies of typed-iam (ESM and CommonJS builds) in one program', () => {
  it('the copies are separate: the classes differ', () => {
    expect(cjs.PolicySizeError).not.toBe(esm.PolicySizeError);
    for (const name of CLASSES) expect((fromCjs[name] as Error).name, name).toBe(name);
  });

  it('instanceof knows the errors of the other copy, class by class', () => {
    // a CommonJS library's error seen by an ESM app (and the reverse): `instanceof` against the other copy's class
    for (const [errors, classes] of [
      [fromCjs, esm],
      [fromEsm, cjs],
    ] as const) {
      for (const thrownName of CLASSES) {
        const e = errors[thrownName];
        for (const className of CLASSES) {
          const expected = className === thrownName || className === 'IamPolicyError';
          expect(e instanceof classes[className], `${thrownName} instanceof ${className}`).toBe(expected);
        }
      }
    }
  });

  it('policies of the other copy are policies; its builders are read as data, checked in full', () => {
    const doc = cjs.policy.identity(cjs.allow('s3:GetObject').on('*'));
    expect(esm.isPolicy(doc)).toBe(true);
    const request = { principal: 'arn:aws:iam::111122223333:user/u', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' };
    expect(esmEvaluate.evaluate({ identity: doc }, request as never).decision).toBe('allow');
    expect(esm.policy.identity(cjs.allow('s3:GetObject').on('*')).toString()).toBe('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}');
  });

  it('the CLI (ESM) reports an error of a CommonJS module it builds as an input error, not as a crash', () => {
    // `typed-iam build policies.cjs` in a CommonJS project: the module's policies come from the CommonJS copy
    const dir = mkdtempSync(join(tmpdir(), 'typed-iam-dual-'));
    try {
      const file = join(dir, 'policies.cjs');
      writeFileSync(
        file,
        [
          `const { allow, policy, principal } = require(${JSON.stringify(fileURLToPath(new URL('../../dist/cjs/index.js', import.meta.url)))});`,
          "const actions = ['SendMessage', 'ReceiveMessage', 'DeleteMessage', 'ChangeMessageVisibility', 'GetQueueAttributes', 'GetQueueUrl', 'ListDeadLetterSourceQueues', 'PurgeQueue'].map((a) => `sqs:${a}`);",
          "exports.queue = policy.resource(allow(actions).on('arn:aws:sqs:us-east-1:111122223333:orders').by(principal.account('111122223333')));",
        ].join('\n'),
      );
      const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
      const r = spawnSync(process.execPath, [cli, 'build', file, '--out', join(dir, 'out'), '--target', 'sqs-queue'], { encoding: 'utf8' });
      expect(r.stderr).toContain('typed-iam build: Policy exceeds a quota of target');
      expect(r.stderr).not.toContain('unexpected error');
      expect(r.status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('nothing else passes: plain errors, look-alikes, and errors of a subclass of your own', () => {
    const lookAlike = Object.assign(new Error('x'), { name: 'PolicySizeError', code: 'SIZE' });
    for (const name of CLASSES) {
      expect(lookAlike instanceof esm[name], name).toBe(false);
      expect((null as unknown) instanceof esm[name]).toBe(false);
      expect(('PolicySizeError' as unknown) instanceof esm[name]).toBe(false);
      expect({ constructor: { 'typed-iam:class': undefined } } instanceof esm[name]).toBe(false);
      expect(Object.create(null) instanceof esm[name]).toBe(false);
    }
    // a subclass of your own is only its own instances (of the copy it extends)
    class MyError extends esm.PolicyValidationError {}
    expect(fromCjs.PolicyValidationError instanceof MyError).toBe(false);
    expect(fromEsm.PolicyValidationError instanceof MyError).toBe(false);
    const mine = new MyError([{ path: '', code: 'INVALID_TYPE', message: 'm' }]);
    expect(mine instanceof MyError).toBe(true);
    expect(mine instanceof cjs.PolicyValidationError).toBe(true);
    expect(mine instanceof cjs.PolicySizeError).toBe(false);
  });
});
