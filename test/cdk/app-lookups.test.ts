/**
 * `cdk check` and the aspect find what the app's other stacks attach to a role, user or group through
 * an index made once per app (`indexAttachments`), no longer by a scan of every entity of the app
 * per lookup (quadratic in the app's roles: bench/cdk-assembly.ts). The results are those of the
 * scan, which this file keeps as the reference: for an app of many stacks whose entities collide
 * (the same logical IDs in every stack, one name in two accounts and in env-agnostic stacks, a
 * role and a user of one name, one resource under two size targets), and for any map of entities.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachments, attachmentsOf, exportsOf, indexAttachments, readAssembly, stackOptions, type AppAttachments, type AssemblyStack } from '../../src/cdk/assembly.js';
import { checkTemplate, type TemplateCheckOptions } from '../../src/cdk/template.js';
import { sameEntities } from '../../src/cdk/tokens.js';

/** The scan the index replaced: the lists of `map` under `prefix` + every entity that may be `entity`. */
function scan<T>(map: ReadonlyMap<string, readonly T[]>, entity: string, prefix: string): T[] {
  const out = [...(map.get(prefix + entity) ?? [])];
  for (const [key, list] of map) if (key !== prefix + entity && key.startsWith(prefix) && sameEntities(key.slice(prefix.length), entity)) out.push(...list);
  return out;
}

const STACKS = 12;
const GROUPS = 15;
const ACCOUNTS = ['111111111111', '222222222222', 'unknown-account'];
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
/** A policy of about `n` hundred characters. */
const doc = (tag: string, n = 1) => ({
  Version: '2012-10-17',
  Statement: Array.from({ length: n }, (_, k) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${tag}-${k}-${'x'.repeat(60)}/*` })),
});

function template(i: number): object {
  const resources: Record<string, object> = {};
  const r = (id: string, Type: string, Properties: object) => (resources[id] = { Type, Properties, Metadata: { 'aws:cdk:path': `S${i}/${id}/Resource` } });
  // the same logical IDs in every stack: unnamed roles are each stack's own
  r('Worker', 'AWS::IAM::Role', { AssumeRolePolicyDocument: trust });
  r('WorkerPolicy', 'AWS::IAM::Policy', { PolicyName: 'w', PolicyDocument: doc(`S${i}-worker`), Roles: [{ Ref: 'Worker' }] });
  // one entity under two size targets: a role that another policy names among its Users
  r('Both', 'AWS::IAM::Role', { AssumeRolePolicyDocument: trust });
  r('AsRole', 'AWS::IAM::Policy', { PolicyName: 'b', PolicyDocument: doc(`S${i}-as-role`), Roles: [{ Ref: 'Both' }] });
  r('AsUser', 'AWS::IAM::Policy', { PolicyName: 'c', PolicyDocument: doc(`S${i}-as-user`), Users: [{ Ref: 'Both' }] });
  for (let j = 0; j < GROUPS; j++) {
    // a role and a user of one name, in every stack: the same entity in the stacks of one account, and possibly in the env-agnostic ones
    r(`Role${j}`, 'AWS::IAM::Role', { RoleName: `svc-${j}`, AssumeRolePolicyDocument: trust });
    r(`User${j}`, 'AWS::IAM::User', { UserName: `svc-${j}` });
    // each stack adds to the role and to the user of that name (in another case: IAM names ignore case)
    r(`ToRole${j}`, 'AWS::IAM::Policy', { PolicyName: `r${j}`, PolicyDocument: doc(`S${i}-role-${j}`, 1 + (j % 4)), Roles: [j % 2 === 0 ? `SVC-${j}` : `svc-${j}`] });
    r(`ToUser${j}`, 'AWS::IAM::Policy', { PolicyName: `u${j}`, PolicyDocument: doc(`S${i}-user-${j}`), Users: [`svc-${j}`] });
    r(`Managed${j}`, 'AWS::IAM::ManagedPolicy', { PolicyDocument: doc(`S${i}-managed-${j}`), Roles: [`svc-${j}`] });
  }
  return { Resources: resources };
}

describe('an app of 12 stacks whose entities collide', () => {
  let dir: string;
  let stacks: AssemblyStack[];
  let base: TemplateCheckOptions;
  let imports: ReturnType<typeof exportsOf>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'typed-iam-app-lookups-'));
    const artifacts: Record<string, object> = {};
    for (let i = 0; i < STACKS; i++) {
      writeFileSync(join(dir, `S${i}.template.json`), JSON.stringify(template(i)));
      artifacts[`S${i}`] = { type: 'aws:cloudformation:stack', environment: `aws://${ACCOUNTS[i % 3]}/eu-west-1`, properties: { templateFile: `S${i}.template.json` } };
    }
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '36.0.0', artifacts }));
    stacks = readAssembly(dir);
    base = { maxManagedPolicies: 6 };
    imports = exportsOf(stacks, base);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('each stack is checked exactly as with a scan of every entity per lookup', () => {
    const app: AppAttachments = { inline: new Map(), managed: new Map(), holders: new Map(), logs: new Map(), organizations: new Map(), names: new Map() };
    for (const s of stacks) addAttachments(app, attachmentsOf(s.template, stackOptions(s, imports, base), { root: s.name }));
    let compared = 0;
    for (const s of stacks) {
      const options = stackOptions(s, imports, base);
      const reference: TemplateCheckOptions = {
        ...options,
        inlineElsewhere: (entity, target) => scan(app.inline, entity, `${target} `).filter((m) => m.stack !== s.name),
        managedElsewhere: (entity) => scan(app.managed, entity, '').filter((m) => m.stack !== s.name),
        entityHolder: (entity) => app.holders.get(entity),
      };
      const got = checkTemplate(s.template, options);
      expect(got).toEqual(checkTemplate(s.template, reference));
      compared += got.sizes.length + got.findings.length;
    }
    expect(compared).toBeGreaterThan(STACKS * GROUPS * 4);
  });

  it('a named role sums the policies of its account and of the env-agnostic stacks; an env-agnostic one those of every account; a user of the name, unnamed roles and the other target apart', () => {
    const sums = new Map<string, string[]>();
    for (const s of stacks)
      for (const r of checkTemplate(s.template, stackOptions(s, imports, base)).sizes)
        if (r.aggregate !== undefined && ['ToRole3', 'ToUser3', 'WorkerPolicy', 'AsRole', 'AsUser'].includes(r.logicalId))
          sums.set(`${s.name} ${r.logicalId} ${r.target}`, r.aggregate.policies.map((p) => `${p.stack ?? s.name}:${p.logicalId}`).sort());
    const of = (stackNumbers: readonly number[], id: string) => stackNumbers.map((i) => `S${i}:${id}`).sort();
    const every = Array.from({ length: STACKS }, (_, i) => i);
    const inAccount = (k: number) => every.filter((i) => i % 3 === k || i % 3 === 2);
    // S0 (account 1): the stacks of account 1 and the env-agnostic ones, not those of account 2
    expect(sums.get('S0 ToRole3 inline-role')).toEqual(of(inAccount(0), 'ToRole3'));
    expect(sums.get('S1 ToRole3 inline-role')).toEqual(of(inAccount(1), 'ToRole3'));
    // S2 (env-agnostic): its role may be either account's, so every stack's policy counts
    expect(sums.get('S2 ToRole3 inline-role')).toEqual(of(every, 'ToRole3'));
    // the user of the same name sums the users' policies only
    expect(sums.get('S0 ToUser3 inline-user')).toEqual(of(inAccount(0), 'ToUser3'));
    // the same logical ID in every stack: each stack's own role
    expect(sums.get('S5 WorkerPolicy inline-role')).toEqual(['S5:WorkerPolicy']);
    // one entity under two targets: each target sums its own
    expect(sums.get('S5 AsRole inline-role')).toEqual(['S5:AsRole']);
    expect(sums.get('S5 AsUser inline-user')).toEqual(['S5:AsUser']);
  });

  it('managed policies attached by name count toward the roles that may be the one named, per account', () => {
    const quota = (s: AssemblyStack) => checkTemplate(s.template, stackOptions(s, imports, base)).findings.filter((f) => f.logicalId === 'Role3' && f.code.startsWith('MANAGED_POLICIES_QUOTA'));
    // 8 stacks attach to account 1's svc-3 (4 of its own, 4 env-agnostic), 12 to the env-agnostic one; 6 is the quota
    expect(quota(stacks[0]!).map((f) => [f.code, f.message.match(/^\d+/)?.[0]])).toEqual([['MANAGED_POLICIES_QUOTA_EXCEEDED', '8']]);
    expect(quota(stacks[2]!).map((f) => [f.code, f.message.match(/^\d+/)?.[0]])).toEqual([['MANAGED_POLICIES_QUOTA_EXCEEDED', '12']]);
  });
});

describe('indexAttachments finds what the scan finds, in its order, for any map of entities', () => {
  const entity = fc.oneof(
    fc.tuple(fc.constantFrom('role', 'user', 'group'), fc.constantFrom('111111111111', '222222222222', '?'), fc.constantFrom('a', 'b', 'a:b', '')).map(([k, a, n]) => `${k}:${a}:${n}`),
    fc.tuple(fc.constantFrom('S1', 'S2', 'S1/N'), fc.constantFrom('#', '?'), fc.constantFrom('Worker', 'a', '{"Ref":"x"}')).map(([s, m, id]) => `${s}${m}${id}`),
  );
  const target = fc.constantFrom('inline-role', 'inline-user', 'inline-group');

  it('inline (by target) and managed lookups', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(target, entity, fc.nat(5)), { maxLength: 40 }), fc.array(fc.tuple(entity, fc.nat(5)), { maxLength: 40 }), entity, target, (inlineKeys, managedKeys, asked, t) => {
        const app: AppAttachments = { inline: new Map(), managed: new Map(), holders: new Map(), logs: new Map(), organizations: new Map(), names: new Map() };
        inlineKeys.forEach(([tt, e, n], i) => app.inline.set(`${tt} ${e}`, Array.from({ length: n }, (_, k) => ({ stack: `S${i}`, logicalId: `P${k}`, property: 'PolicyDocument', longest: 1, shortest: 1, tokens: [] }))));
        managedKeys.forEach(([e, n], i) => app.managed.set(e, Array.from({ length: n }, (_, k) => ({ stack: `S${i}`, policy: `M${k}` }))));
        const index = indexAttachments(app);
        // asked twice: the groups of a prefix are made on the first lookup
        for (let round = 0; round < 2; round++) {
          expect(index.inline(asked, t)).toEqual(scan(app.inline, asked, `${t} `));
          expect(index.managed(asked)).toEqual(scan(app.managed, asked, ''));
          for (const [tt, e] of inlineKeys) expect(index.inline(e, tt)).toEqual(scan(app.inline, e, `${tt} `));
          for (const [e] of managedKeys) expect(index.managed(e)).toEqual(scan(app.managed, e, ''));
        }
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});

/**
 * What the app attaches is indexed once per app, `Fn::ImportValue` resolver and the option values it
 * is read with: a library caller passing equal options in a new object per stack shares one index, as
 * the CLI's one options object does; other values, options changed in place, and a new read of the
 * assembly each get their own (never one made from other values or an older read).
 */
describe('the index of what an app attaches: shared by equal options, never served after a change', () => {
  let dir: string;
  /** S1 attaches a policy to the role `shared` of S2 by its name; the policy names the region (a token: the stacks are env-agnostic). */
  const write = (statements: number) => {
    const doc = { Version: '2012-10-17', Statement: Array.from({ length: statements }, (_, k) => ({ Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Sub': `arn:aws:s3:::\${AWS::Region}-${k}/*` } })) };
    writeFileSync(join(dir, 'S1.template.json'), JSON.stringify({ Resources: { Grant: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'g', PolicyDocument: doc, Roles: ['shared'] } } } }));
    writeFileSync(join(dir, 'S2.template.json'), JSON.stringify({ Resources: { Shared: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'shared', AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } } } } }));
    const artifacts = Object.fromEntries(['S1', 'S2'].map((s) => [s, { type: 'aws:cloudformation:stack', environment: 'aws://unknown-account/unknown-region', properties: { templateFile: `${s}.template.json` } }]));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '36.0.0', artifacts }));
  };
  /** The members S1 gives the role `shared`, as S2's options find them. */
  const members = (stacks: readonly AssemblyStack[], imports: ReturnType<typeof exportsOf>, options: TemplateCheckOptions) => {
    const s2 = stacks.find((s) => s.name === 'S2')!;
    const [entity] = entityHoldersOf(s2, imports, options);
    return stackOptions(s2, imports, options).inlineElsewhere!(entity!, 'inline-role');
  };
  const entityHoldersOf = (s: AssemblyStack, imports: ReturnType<typeof exportsOf>, options: TemplateCheckOptions) => [...attachmentsOf(s.template, stackOptions(s, imports, options), { root: s.name }).holders.keys()];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'typed-iam-app-index-'));
    write(1);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('equal options in new objects (and values the attachments do not read) share one index', () => {
    const stacks = readAssembly(dir);
    const imports = exportsOf(stacks);
    const first = members(stacks, imports, { tokenLengths: { 'AWS::Region': 20 } });
    expect(first).toHaveLength(1);
    // the very members: read once, however many option objects ask
    expect(members(stacks, imports, { tokenLengths: { 'AWS::Region': 20 } })[0]).toBe(first[0]);
    expect(members(stacks, imports, { tokenLengths: { 'AWS::Region': 20 }, maxManagedPolicies: 3, rules: { REDUNDANT_ACTION: 'off' } })[0]).toBe(first[0]);
    // the sizes a check reports are those of one options object for all
    const s2 = stacks.find((s) => s.name === 'S2')!;
    const shared = { tokenLengths: { 'AWS::Region': 20 } };
    expect(checkTemplate(s2.template, stackOptions(s2, imports, { tokenLengths: { 'AWS::Region': 20 } }))).toEqual(checkTemplate(s2.template, stackOptions(s2, imports, shared)));
  });

  it('other token lengths, options changed in place, and a new read of the changed assembly each read the app again', () => {
    const stacks = readAssembly(dir);
    const imports = exportsOf(stacks);
    const options: { tokenLengths: { [key: string]: number } } = { tokenLengths: { 'AWS::Region': 20 } };
    const short = members(stacks, imports, options)[0]!;
    const long = members(stacks, imports, { tokenLengths: { 'AWS::Region': 200 } })[0]!;
    expect(long.longest - short.longest).toBe(180);
    // the same object, its values changed: not the index of its old values
    options.tokenLengths = { 'AWS::Region': 200 };
    expect(members(stacks, imports, options)[0]!.longest).toBe(long.longest);
    options.tokenLengths['AWS::Region'] = 50;
    expect(members(stacks, imports, options)[0]!.longest).toBe(short.longest + 30);
    // the assembly changed on disk and read again: the new policy, never the index of the old read
    write(3);
    const again = readAssembly(dir);
    const grown = members(again, exportsOf(again), { tokenLengths: { 'AWS::Region': 20 } })[0]!;
    expect(grown.longest).toBeGreaterThan(short.longest * 2);
    // the old read keeps its own
    expect(members(stacks, imports, { tokenLengths: { 'AWS::Region': 20 } })[0]!.longest).toBe(short.longest);
    write(1);
  });
});
