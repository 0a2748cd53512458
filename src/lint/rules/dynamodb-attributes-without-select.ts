import type { LintRule } from '../context.js';
import { ALL_KINDS } from '../helpers.js';

/**
 * DYNAMODB_ATTRIBUTES_WITHOUT_SELECT: a statement restricts `dynamodb:Attributes` without a condition
 * that sets `dynamodb:Select` to `SPECIFIC_ATTRIBUTES`. DynamoDB evaluates `dynamodb:Attributes` only
 * for requests that name the attributes to return; a read without a projection returns the whole item.
 */
export const dynamodbAttributesWithoutSelect: LintRule = {
  code: 'DYNAMODB_ATTRIBUTES_WITHOUT_SELECT',
  severity: 'security',
  description:
    'A statement restricts `dynamodb:Attributes` but has no condition setting `dynamodb:Select` to `SPECIFIC_ATTRIBUTES`, so a read request without a projection expression returns every attribute.',
  kinds: ALL_KINDS,
  inspects: 'conditions',
  check(ctx, report) {
    for (const s of ctx.statements) {
      if (!s.keys.has('dynamodb:attributes')) continue;
      const select = s.conditions.some(
        (c) => c.keyLower === 'dynamodb:select' && c.op !== undefined && c.op.family === 'String' && !c.op.negated && c.values.some((v) => v === 'SPECIFIC_ATTRIBUTES'),
      );
      if (select) continue;
      const c = s.conditions.find((x) => x.keyLower === 'dynamodb:attributes')!;
      report(c.path, 'dynamodb:Attributes limits only requests that name their attributes; a read without a projection expression returns the whole item. Add "StringEquals": { "dynamodb:Select": "SPECIFIC_ATTRIBUTES" } to this statement.');
    }
  },
};
