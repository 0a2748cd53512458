import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandActions, suggestActions, suggestConditionKeys, suggestOperators, suggestServices } from '../../src/catalog/index.js';

describe('did you mean', () => {
  it.each([
    ['S3:getobject', 's3:GetObject'],
    ['s3:GetObjekt', 's3:GetObject'],
    ['s4:GetObject', 's3:GetObject'],
    ['dynamdb:GetItem', 'dynamodb:GetItem'],
    ['iam:PasRole', 'iam:PassRole'],
  ])('action %s -> %s', (typo, want) => {
    expect(suggestActions(typo)[0]).toBe(want);
  });
  it.each([
    ['AWS:SourceArn', 'aws:SourceArn'],
    ['aws:sourceip', 'aws:SourceIp'],
    ['aws:PrincipalOrgId2', 'aws:PrincipalOrgID'],
    ['s3:prefixx', 's3:prefix'],
    ['kms:ViaServce', 'kms:ViaService'],
  ])('condition key %s -> %s', (typo, want) => {
    expect(suggestConditionKeys(typo)[0]).toBe(want);
  });
  it.each([
    ['stringEquals', 'StringEquals'],
    ['StringEqual', 'StringEquals'],
    ['StringEqualsIfExist', 'StringEqualsIfExists'],
    ['forAnyValue:StringLike', 'ForAnyValue:StringLike'],
  ])('operator %s -> %s', (typo, want) => {
    expect(suggestOperators(typo)[0]).toBe(want);
  });
  it('services, and nothing for names far from every valid one', () => {
    expect(suggestServices('S3')).toEqual(['s3']);
    expect(suggestServices('dynamdb')).toEqual(['dynamodb']);
    expect(suggestActions('zzzzzz:Qqqqqqqqq')).toEqual([]);
    expect(suggestActions('no-colon')).toEqual([]);
    expect(suggestOperators('Xyzzy')).toEqual([]);
  });
  it('finds the action back after one typo (one substitution, fixed seed)', () => {
    const actions = expandActions('*');
    fc.assert(
      fc.property(fc.nat(actions.length - 1), fc.nat(200), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), (i, at, ch) => {
        const action = actions[i]!;
        const colon = action.indexOf(':');
        const name = action.slice(colon + 1);
        if (name.length < 5) return;
        const k = at % name.length;
        const typo = `${action.slice(0, colon + 1)}${name.slice(0, k)}${ch}${name.slice(k + 1)}`;
        if (expandActions(typo).length > 0) return; // the typo is itself an action
        expect(suggestActions(typo, 10)).toContain(action);
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});
