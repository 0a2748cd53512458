import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/index.js';

/*
 * Condition keys are user text: a key named like an Object.prototype member (`constructor`,
 * `__proto__`, `toString`) is an unknown key, never a table entry of the linter.
 */
const text = (key: string) =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"StringEquals":{${JSON.stringify(key)}:"x"}}}]}`;

describe('condition keys named like Object.prototype members', () => {
  it('get no UNSUPPORTED_GLOBAL_CONDITION_KEY finding and no "[native code]" text', () => {
    // IAM User Guide, global condition context keys: only aws:ARN is documented as unsupported (use aws:PrincipalArn or aws:SourceArn)
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'aws:constructor', 'aws:__proto__']) {
      const findings = lint(text(key));
      expect(findings.map((f) => f.code), key).not.toContain('UNSUPPORTED_GLOBAL_CONDITION_KEY');
      for (const f of findings) {
        expect(f.message, key).not.toContain('[native code]');
        expect(f.message, key).not.toContain('[object Object]');
      }
    }
  });

  it('still report aws:ARN, any case', () => {
    // IAM User Guide, global condition context keys: aws:ARN is not supported; use aws:PrincipalArn or aws:SourceArn
    for (const key of ['aws:ARN', 'aws:arn']) {
      const f = lint(text(key)).find((x) => x.code === 'UNSUPPORTED_GLOBAL_CONDITION_KEY');
      expect(f?.message, key).toBe(`Condition key "${key}" is not supported; use aws:PrincipalArn or aws:SourceArn instead.`);
    }
  });
});
