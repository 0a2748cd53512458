/**
 * The accounts an app deploys to are the user's own: a role in one stage's account that trusts the
 * account of another stack of the same app (CDK Pipelines' tools and prod accounts) is no third
 * party's trust, so CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION (security: `cdk synth` failed) is not
 * reported for it; a trust of an account the app does not deploy to still is. The aspect and
 * `typed-iam cdk check` read the same accounts (the stacks' environments).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Aspects, Stack, Stage } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTemplate, TypedIamChecks } from '../../src/cdk/index.js';
import { ensureBin, run } from '../cli/helpers.js';

const TOOLS = '111111111111';
const PROD = '222222222222';
const PARTNER = '333333333333';
const CODE = 'CROSS_ACCOUNT_TRUST_WITHOUT_CONDITION';

/** A tools stack and a prod stage: the prod stack's roles trust the tools account and a partner's. */
function build(outdir?: string): { app: App; prod: Stack } {
  const app = new App(outdir === undefined ? {} : { outdir });
  new Stack(app, 'Tools', { env: { account: TOOLS, region: 'eu-west-1' } });
  const stage = new Stage(app, 'Prod', { env: { account: PROD, region: 'eu-west-1' } });
  const prod = new Stack(stage, 'Service');
  new iam.Role(prod, 'DeployFromTools', { assumedBy: new iam.AccountPrincipal(TOOLS) });
  new iam.Role(prod, 'Partner', { assumedBy: new iam.AccountPrincipal(PARTNER) });
  return { app, prod };
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("the accounts of an app's stacks are its own", () => {
  // the rule: "A trust policy lets principals of another account assume the role ... Pass `accounts` to
  // mark your own account ids as same-account" (docs/lint-rules.md); the app's accounts are given so
  it('the aspect: no finding for the tools account, the finding for the partner account', () => {
    const { app, prod } = build();
    // CDK applies an app's aspects outside its stages only: the stage gets its own
    Aspects.of(app).add(new TypedIamChecks({ reportSizes: false }));
    Aspects.of(prod.node.scope!).add(new TypedIamChecks({ reportSizes: false }));
    app.synth();
    const errors = Annotations.fromStack(prod).findError('*', Match.stringLikeRegexp(CODE));
    expect(errors.map((e) => e.id)).toEqual(['/Prod/Service/Partner/Resource']);
    expect(String(errors[0]!.entry.data)).toContain(`arn:aws:iam::${PARTNER}:root`);
  }, 60_000);

  it('typed-iam cdk check reads the assembly the same way', () => {
    ensureBin();
    const out = mkdtempSync(join(tmpdir(), 'typed-iam-accounts-'));
    dirs.push(out);
    build(out).app.synth();
    const r = run(['cdk', 'check', '--format', 'json', out]);
    const findings = (JSON.parse(r.stdout) as { findings: { code: string; logicalId: string }[] }).findings.filter((f) => f.code === CODE);
    expect(findings.map((f) => f.logicalId.replace(/[0-9A-F]{8}$/, ''))).toEqual(['Partner']);
  }, 60_000);

  it('checkTemplate without appAccounts reports both, as lint without accounts does', () => {
    const { app, prod } = build();
    const template = app.synth().getStackArtifact(prod.artifactId).template as never;
    const codes = (appAccounts?: string[]) =>
      checkTemplate(template, { account: PROD, ...(appAccounts === undefined ? {} : { appAccounts }) })
        .findings.filter((f) => f.code === CODE)
        .map((f) => f.logicalId.replace(/[0-9A-F]{8}$/, ''))
        .sort();
    expect(codes()).toEqual(['DeployFromTools', 'Partner']);
    expect(codes([TOOLS, PROD])).toEqual(['Partner']);
    // ids only: anything else names no account of the app
    expect(codes(['tools', `${TOOLS} `])).toEqual(['DeployFromTools', 'Partner']);
    // a value that is no list of strings is refused, naming the option
    for (const bad of [TOOLS, [1], { 0: TOOLS }]) expect(() => checkTemplate(template, { appAccounts: bad as never })).toThrow(/appAccounts/);
  });
});
