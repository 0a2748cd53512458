import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isActionSyntax, wildcardMatch, firstInvalidChar } from '../../src/model/index.js';
import { isPolicyCharCode } from '../../src/model/syntax.js';

/** Reference matcher: plain recursion, fine for short inputs. */
function reference(p: string, t: string): boolean {
  if (p === '') return t === '';
  if (p[0] === '*') return reference(p.slice(1), t) || (t !== '' && reference(p, t.slice(1)));
  if (t === '') return false;
  return (p[0] === '?' || p[0] === t[0]) && reference(p.slice(1), t.slice(1));
}

describe('wildcardMatch', () => {
  it('matches * and ? case-insensitively', () => {
    expect(wildcardMatch('s3:Get*', 's3:getobject')).toBe(true);
    expect(wildcardMatch('ec2:Describe?nstances', 'ec2:DescribeInstances')).toBe(true);
    expect(wildcardMatch('s3:Get*', 's3:PutObject')).toBe(false);
    expect(wildcardMatch('*', '')).toBe(true);
    expect(wildcardMatch('a?', 'a')).toBe(false);
    expect(wildcardMatch('A', 'a', false)).toBe(false);
  });

  it('treats a * in the text as an ordinary character', () => {
    expect(wildcardMatch('a*c', 'a*bc')).toBe(true);
    expect(wildcardMatch('a?c', 'a*c')).toBe(true);
  });

  it('agrees with a reference matcher on random input', () => {
    const ch = fc.constantFrom('a', 'b', '*', '?');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 8 }).map((a) => a.join('')), fc.array(fc.constantFrom('a', 'b', '*'), { maxLength: 10 }).map((a) => a.join('')), (p, t) => {
        expect(wildcardMatch(p, t)).toBe(reference(p, t));
      }),
      { numRuns: 2000, seed: 2005 },
    );
  });
});

describe('isActionSyntax and characters', () => {
  it('accepts IAM action shapes and rejects others', () => {
    for (const ok of ['*', 's3:GetObject', 's3:*', 'ec2:Describe*', 'ssm-incidents:Get?', 'execute-api:Invoke', 'a4b:ApproveSkill'])
      expect(isActionSyntax(ok), ok).toBe(true);
    for (const bad of ['', 's3', 's3:', ':GetObject', 's3:Get Object', 's3 :Get', 's3:Get:Object', 'ünicode:x'])
      expect(isActionSyntax(bad), bad).toBe(false);
  });

  it('finds characters IAM does not accept', () => {
    expect(firstInvalidChar('ok\t\n\r ÿ')).toBe(-1);
    expect(firstInvalidChar('a\u0001')).toBe(1);
    expect(firstInvalidChar('€')).toBe(0);
    expect(firstInvalidChar('')).toBe(-1);
  });

  it('one rule in two forms: firstInvalidChar (a search) and isPolicyCharCode (the JSON reader\'s per-unit test) agree on every UTF-16 code unit', () => {
    // IAM quotas page: tab, line feed, carriage return and U+0020 to U+00FF
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if ((firstInvalidChar(String.fromCharCode(c)) < 0) !== isPolicyCharCode(c)) disagree.push(c);
    expect(disagree).toEqual([]);
    expect([0x09, 0x0a, 0x0d, 0x20, 0xff].every(isPolicyCharCode)).toBe(true);
    expect([0x00, 0x08, 0x0b, 0x1f, 0x100, 0xd800].some(isPolicyCharCode)).toBe(false);
  });

  it('finds them in strings built by concatenation too (the engine keeps those unflattened)', () => {
    const n = 7;
    expect(firstInvalidChar(`arn:aws:s3:::bucket-${n}/\u0000-${n}`)).toBe(22);
    expect(firstInvalidChar(`arn:aws:s3:::bucket-${n}/key-${n}`)).toBe(-1);
  });

  it('agrees with a character-by-character reference on random text', () => {
    const reference = (t: string) => [...t].findIndex((c) => !/[\t\n\r\x20-\xff]/.test(c) || c.length > 1);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const t = a + b;
        const expected = reference(t) < 0 ? -1 : t.search(/[^\t\n\r\x20-\xff]/);
        expect(firstInvalidChar(t)).toBe(expected);
      }),
      { numRuns: 2000, seed: 2006 },
    );
  });

  it('accepts many distinct actions and never lets a failing one or a non-string through', () => {
    for (let i = 0; i < 5000; i++) expect(isActionSyntax(`svc${i}:Action${i}`)).toBe(true);
    for (const bad of ['s3:Get Object', 'svc1: Action1', 'svc4999:Action4999 '])
      for (let round = 0; round < 2; round++) expect(isActionSyntax(bad), bad).toBe(false);
    expect(isActionSyntax(42 as never)).toBe(false);
    expect(isActionSyntax({ toString: () => 's3:GetObject' } as never)).toBe(false);
  });
});

describe('isOperator agrees with parseOperator', () => {
  it('on every operator form and near misses', async () => {
    const { isOperator, parseOperator, BASE_OPERATORS } = await import('../../src/model/index.js');
    const forms: string[] = [];
    for (const base of Object.keys(BASE_OPERATORS))
      for (const q of ['', 'ForAnyValue:', 'ForAllValues:', 'forAnyValue:'])
        for (const s of ['', 'IfExists', 'ifExists']) forms.push(`${q}${base}${s}`, `${q}${base.toLowerCase()}${s}`);
    forms.push('', 'Null:', 'StringEqualsIfExistsIfExists', 'ForAnyValue:', 'StringNotEqualsIgnoreCaseIfExists', '__proto__');
    for (const f of forms) expect(isOperator(f), f).toBe(parseOperator(f) !== undefined);
  });
});

describe('strayAction (actions with stray whitespace, as AWS accepted them)', () => {
  it('gives the action the entry stands for, or undefined', async () => {
    const { strayAction } = await import('../../src/model/syntax.js');
    expect(strayAction('lambda:ListFunctions ')).toBe('lambda:ListFunctions');
    expect(strayAction('ec2: DescribeAccountAttributes')).toBe('ec2:DescribeAccountAttributes');
    expect(strayAction('amplifybackend: *')).toBe('amplifybackend:*');
    expect(strayAction('\ts3 :Get*\n')).toBe('s3:Get*');
    // valid already, or not an action even without the whitespace
    expect(strayAction('s3:GetObject')).toBeUndefined();
    expect(strayAction(' ')).toBeUndefined();
    expect(strayAction('s3 GetObject')).toBeUndefined();
    expect(strayAction('s3:Get:Object ')).toBeUndefined();
    // the builder's check stays strict
    expect(isActionSyntax('lambda:ListFunctions ')).toBe(false);
  });
});

describe('extraColonAction (an action with a colon too many)', () => {
  it('gives the action the entry stands for, or undefined', async () => {
    const { extraColonAction } = await import('../../src/model/syntax.js');
    // the SageMaker and EventBridge guides of AWS's archived docs write these
    expect(extraColonAction('sagemaker::CreateEndpoint')).toBe('sagemaker:CreateEndpoint');
    expect(extraColonAction('events:events:DescribeRule')).toBe('events:DescribeRule');
    expect(extraColonAction('EVENTS:events:Describe*')).toBe('EVENTS:Describe*');
    expect(extraColonAction('s3:::GetObject')).toBe('s3:GetObject');
    // valid already, two different words, nothing after the colons, or no colon too many
    expect(extraColonAction('s3:GetObject')).toBeUndefined();
    expect(extraColonAction('a:b:c')).toBeUndefined();
    expect(extraColonAction('s3::')).toBeUndefined();
    expect(extraColonAction('s3GetObject')).toBeUndefined();
    expect(extraColonAction(5 as never)).toBeUndefined();
  });

  it('its suggestion is in the INVALID_ACTION message of the model (parse, lint, policy)', async () => {
    const { invalidActionSyntax } = await import('../../src/model/messages.js');
    expect(invalidActionSyntax('sagemaker::CreateEndpoint')).toBe('invalid action "sagemaker::CreateEndpoint": did you mean "sagemaker:CreateEndpoint"? write "service:Action" (e.g. "s3:GetObject" or "s3:Get*") or "*".');
    expect(invalidActionSyntax('bad0')).toBe('invalid action "bad0": write "service:Action" (e.g. "s3:GetObject" or "s3:Get*") or "*".');
  });
});

describe('actionSlip (what a malformed Action entry stands for)', () => {
  // IAM User Guide, troubleshooting policy summaries ("Typos"): a common typo in actions is text of an
  // ARN (`arn:aws:s3: : :*`) or a missing colon (`AWSAuthRuntimeService.AuthenticatePassword`)
  it('a . or / in the colon place, an ARN, a colon too many, stray whitespace', async () => {
    const { actionSlip } = await import('../../src/model/syntax.js');
    expect(actionSlip('AWSAuthRuntimeService.AuthenticatePassword')).toEqual({ kind: 'one', meant: 'AWSAuthRuntimeService:AuthenticatePassword' });
    expect(actionSlip('s3.GetObject')).toEqual({ kind: 'one', meant: 's3:GetObject' });
    // the first separator splits: an action name may hold a dot, a prefix never does
    expect(actionSlip('s3/Get.Object')).toEqual({ kind: 'one', meant: 's3:Get.Object' });
    expect(actionSlip('S3.Get*')).toEqual({ kind: 'one', meant: 'S3:Get*' });
    expect(actionSlip('arn:aws:s3: : :*')).toEqual({ kind: 'arn' });
    expect(actionSlip('ARN:aws:s3:::bucket/*')).toEqual({ kind: 'arn' });
    expect(actionSlip('sagemaker::CreateEndpoint')).toEqual({ kind: 'one', meant: 'sagemaker:CreateEndpoint' });
    expect(actionSlip('s3:Get *')).toEqual({ kind: 'one', meant: 's3:Get*' });
  });

  it('several actions in one string, an action in quotes or with a comma after it', async () => {
    const { actionSlip } = await import('../../src/model/syntax.js');
    expect(actionSlip('s3:GetObject, s3:PutObject')).toEqual({ kind: 'list', meant: ['s3:GetObject', 's3:PutObject'] });
    expect(actionSlip('s3:GetObject,s3:Put*,\nkms:Decrypt')).toEqual({ kind: 'list', meant: ['s3:GetObject', 's3:Put*', 'kms:Decrypt'] });
    expect(actionSlip('"s3:GetObject", "s3:PutObject"')).toEqual({ kind: 'list', meant: ['s3:GetObject', 's3:PutObject'] });
    expect(actionSlip('s3:GetObject,')).toEqual({ kind: 'one', meant: 's3:GetObject' });
    expect(actionSlip("'s3:GetObject'")).toEqual({ kind: 'one', meant: 's3:GetObject' });
  });

  it('nothing for a valid entry, or one whose meaning is a guess', async () => {
    const { actionSlip } = await import('../../src/model/syntax.js');
    for (const a of ['s3:GetObject', '*', 's3:Get*', 'GetObject', 's3.', '.GetObject', 's3.Get Object', ',', 'a,b', "'s3:GetObject", 's3:Get\'Object', '', 5 as never])
      expect(actionSlip(a), String(a)).toBeUndefined();
    // "*" is never one of a list: "s3:Get *" is one action with a space in it (above), not "s3:Get" and "*"
    expect(actionSlip('s3:GetObject, *')).toBeUndefined();
  });

  it('its reading is in the INVALID_ACTION message of the model (parse, lint, the builder)', async () => {
    const { invalidActionSyntax } = await import('../../src/model/messages.js');
    expect(invalidActionSyntax('s3.GetObject')).toBe('invalid action "s3.GetObject": did you mean "s3:GetObject"? write "service:Action" (e.g. "s3:GetObject" or "s3:Get*") or "*".');
    expect(invalidActionSyntax('arn:aws:s3:::b/*')).toBe('invalid action "arn:aws:s3:::b/*": an ARN names a resource and belongs in Resource; write "service:Action" (e.g. "s3:GetObject" or "s3:Get*") or "*".');
    expect(invalidActionSyntax('s3:GetObject, s3:PutObject')).toBe('invalid action "s3:GetObject, s3:PutObject": it holds 2 actions; write each as its own entry: "s3:GetObject", "s3:PutObject".');
  });
});
