/** `typed-iam simulate`: the local evaluation engine on policy files. */
import { evaluate, type EvaluationRequest, type EvaluationResult, type PolicySet, type RequestContext } from '../../evaluate/index.js';
import { oneOf, parseCommand, type Command } from '../args.js';
import { HELP } from '../help.js';
import { loadPolicyFile, refuseUnnamed, UsageError, type Io, type ParsedPolicy } from '../io.js';
import { cliMessages } from '../messages.js';
import { isActionSyntax } from '../../model/syntax.js';
import { isAccountId } from '../../model/principals.js';

const EXPECT = ['allow', 'deny', 'explicit-deny', 'implicit-deny'] as const;

const help = HELP.simulate;

/**
 * Request context from `key=value` strings: values stay text; a repeated key collects its values
 * into a multivalued key. Throws a usage error for an entry without `=` or with an empty key.
 *
 * @example
 * ```ts
 * import { contextOf } from './simulate.js';
 * contextOf(['aws:MultiFactorAuthPresent=true', 'aws:TagKeys=a', 'aws:TagKeys=b']);
 * // { 'aws:MultiFactorAuthPresent': 'true', 'aws:TagKeys': ['a', 'b'] }
 * ```
 */
export function contextOf(entries: readonly string[]): RequestContext {
  const out = new Map<string, string[]>();
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(cliMessages.contextNotKeyValue(entry));
    const key = entry.slice(0, eq);
    const list = out.get(key) ?? [];
    list.push(entry.slice(eq + 1));
    out.set(key, list);
  }
  const context: { [key: string]: string | string[] } = Object.create(null) as { [key: string]: string | string[] };
  for (const [key, list] of out) context[key] = list.length === 1 ? list[0]! : list;
  return context;
}

/** `typed-iam simulate`. */
export const simulateCommand: Command = {
  name: 'simulate',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('simulate', args, {
      policy: { type: 'string', multiple: true },
      'resource-policy': { type: 'string' },
      trust: { type: 'string' },
      boundary: { type: 'string' },
      session: { type: 'string', multiple: true },
      scp: { type: 'string', multiple: true },
      rcp: { type: 'string', multiple: true },
      'endpoint-policy': { type: 'string' },
      action: { type: 'string' },
      resource: { type: 'string' },
      principal: { type: 'string' },
      'principal-account': { type: 'string' },
      'resource-account': { type: 'string' },
      context: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      expect: { type: 'string' },
      uncataloged: { type: 'string', multiple: true },
    });
    if (positionals.length > 0) throw new UsageError(cliMessages.unexpectedArgument(positionals[0]!));
    if (values.action === undefined) throw new UsageError(cliMessages.actionRequired);
    // a request names one action: a pattern (or nothing) would be compared as if it were one, and
    // the decision would answer a question nobody asked
    if (!isActionSyntax(values.action) || /[*?]/.test(values.action)) throw new UsageError(cliMessages.notOneAction(values.action));
    if (values.resource === '') throw new UsageError(cliMessages.emptyResource);
    // evaluate reads an empty principal as anonymous: an unset variable made --expect deny pass whatever the policies said
    if (values.principal === '') throw new UsageError(cliMessages.emptyPrincipal);
    // the assumed caller's account comes from either: evaluate would name principalAccount for a bad --resource-account
    for (const flag of ['principal-account', 'resource-account'] as const) {
      const account = values[flag];
      if (account !== undefined && !isAccountId(account)) throw new UsageError(cliMessages.notAccountId(`--${flag}`, account));
    }
    if (values['resource-policy'] !== undefined && values.trust !== undefined) throw new UsageError(cliMessages.notBoth('--resource-policy', '--trust'));
    const expected = values.expect === undefined ? undefined : oneOf('--expect', values.expect, EXPECT);
    const context = contextOf(values.context ?? []);
    // a request naming nothing AWS has is denied whatever the policies say: --expect deny could not fail
    const uncataloged = values.uncataloged ?? [];
    await refuseUnnamed('--action', 'Action', [values.action], uncataloged);
    if (values.resource !== undefined && values.resource !== '*') await refuseUnnamed('--resource', 'Resource', [values.resource], uncataloged);
    // one spelling per key (keys that differ only in case are evaluate's error to report)
    const keys = [...new Map(Object.keys(context).map((k) => [k.toLowerCase(), k])).values()];
    await refuseUnnamed('--context', 'Condition', keys, uncataloged);

    const files = [values.policy, values['resource-policy'], values.trust, values.boundary, values.session, values.scp, values.rcp, values['endpoint-policy']].flat();
    if (files.every((f) => f === undefined)) throw new UsageError(cliMessages.givePolicy);
    if (files.filter((f) => f === '-').length > 1) throw new UsageError(cliMessages.stdinTwice);

    type Kind = Parameters<typeof loadPolicyFile>[1];
    // each flag value is one policy file: a directory or glob naming several is a usage error
    const load = (files: readonly string[] | undefined, kind: Kind, flag: string) => Promise.all((files ?? []).map((f) => loadPolicyFile(f, kind, io, { evaluated: true, flag })));
    const one = async (file: string | undefined, kind: Kind, flag: string) => (file === undefined ? undefined : loadPolicyFile(file, kind, io, { evaluated: true, flag }));
    const identity = await load(values.policy, 'identity', '--policy');
    const resource = (await one(values['resource-policy'], 'resource', '--resource-policy')) ?? (await one(values.trust, 'trust', '--trust'));
    const boundary = await one(values.boundary, 'boundary', '--boundary');
    const session = await load(values.session, 'session', '--session');
    const scp = await load(values.scp, 'scp', '--scp');
    const rcp = await load(values.rcp, 'rcp', '--rcp');
    const endpoint = await one(values['endpoint-policy'], 'endpoint', '--endpoint-policy');

    const policies: PolicySet = {
      ...(identity.length > 0 ? { identity } : {}),
      ...(resource === undefined ? {} : { resource }),
      ...(boundary === undefined ? {} : { boundary }),
      ...(session.length > 0 ? { session } : {}),
      ...(scp.length > 0 ? { scp: levels(scp) } : {}),
      ...(rcp.length > 0 ? { rcp: levels(rcp) } : {}),
      ...(endpoint === undefined ? {} : { endpoint }),
    };
    const caller = values.principal === undefined && identity.length > 0 ? holderOf(values) : undefined;
    const request: EvaluationRequest = {
      action: values.action,
      ...(values.resource === undefined ? {} : { resource: values.resource }),
      ...(values.principal === undefined ? {} : { principal: values.principal }),
      ...(values['principal-account'] === undefined ? {} : { principalAccount: values['principal-account'] }),
      ...(values['resource-account'] === undefined ? {} : { resourceAccount: values['resource-account'] }),
      ...(caller === undefined ? {} : { principal: caller.arn, principalAccount: caller.account, resourceAccount: values['resource-account'] ?? caller.account }),
      context,
    };
    const result = evaluate(policies, request);
    if (values.json) io.print(JSON.stringify(caller === undefined ? result : { ...result, caller: caller.arn }, null, 2));
    else {
      if (caller !== undefined) io.print(cliMessages.assumedCaller(caller.arn));
      print(result, io);
    }

    if (expected === undefined) return result.decision === 'allow' ? 0 : 1;
    const ok = expected === 'deny' ? result.decision !== 'allow' : result.decision === expected;
    if (!ok) io.error(cliMessages.notExpected(expected, result.decision));
    return ok ? 0 : 1;
  },
};

/** Account used when neither the options nor the resource ARN name one (AWS's documentation account). */
const DEFAULT_ACCOUNT = '123456789012';

/**
 * The caller `simulate` assumes when identity policies are given without `--principal`: a role
 * in the account of `--principal-account`, `--resource-account` or the resource ARN (in that
 * order), so same-account rules apply, as `aws iam simulate-custom-policy` treats the policies
 * it is given as the caller's.
 */
function holderOf(values: { readonly resource?: string | undefined; readonly 'principal-account'?: string | undefined; readonly 'resource-account'?: string | undefined }): {
  arn: string;
  account: string;
} {
  const fromArn = values.resource?.split(':')[4];
  const account = values['principal-account'] ?? values['resource-account'] ?? (fromArn !== undefined && isAccountId(fromArn) ? fromArn : DEFAULT_ACCOUNT);
  const partition = values.resource?.startsWith('arn:') ? (values.resource.split(':')[1] ?? 'aws') : 'aws';
  return { arn: `arn:${partition}:iam::${account}:role/simulated-caller`, account };
}

/** Each `--scp`/`--rcp` file is one level, root first. */
function levels(list: readonly ParsedPolicy[]): NonNullable<PolicySet['scp']> {
  return list.map((p) => [p]);
}

function print(result: EvaluationResult, io: Io): void {
  const paint = result.decision === 'allow' ? io.out.green : io.out.red;
  io.print(`${io.out.bold('decision:')} ${paint(result.decision)}`);
  io.print(result.explanation);
  for (const m of result.matched) {
    io.print(`  ${m.effect} ${cliMessages.statementAt(m)}`);
  }
}
