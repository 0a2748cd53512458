import { describe, expect, it } from 'vitest';
import { headerLength, packStatements, statementLength } from '../../src/optimize/pack.js';
import { SIZE_TARGETS, type SizeTarget } from '../../src/emit/size-targets.js';
import type { PolicyDocument, Statement } from '../../src/model/policy-document.js';

describe('packStatements', () => {
  // a part's target counts in its own unit (iam-reference §5: S3 bucket policies count UTF-8 bytes, IAM policies characters)
  it('measures a statement for a new part in that part\'s unit', () => {
    // one Resource with 600 two-byte characters: 600 characters, 1,200 bytes
    const s: Statement = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::b/${'é'.repeat(600)}`] };
    const doc: PolicyDocument = { Version: '2012-10-17', Statement: [] };
    const chars = statementLength(s, 'characters');
    const bytes = statementLength(s, 'bytes');
    expect(bytes - chars).toBe(600);
    // part 0 counts bytes and is too small; part 1 counts characters and holds the statement, not its byte count
    const small: SizeTarget = { ...SIZE_TARGETS['s3-bucket'], limit: headerLength(doc, 'bytes') + 10 };
    const roomy: SizeTarget = { ...SIZE_TARGETS.managed, limit: headerLength(doc, 'characters') + chars + 1 };
    const parts = packStatements(doc, [s], (i) => (i === 0 ? small : roomy));
    expect(parts).toEqual([[], [s]]);
  });
});
