/** `typed-iam cdk check` and `typed-iam cdk diff`: the IAM policies of a synthesised CDK app (cdk.out). */
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { AssemblyReadError, exportsOf, readAssembly, stackOptions, type AssemblyStack } from '../../cdk/assembly.js';
import { diffTemplates, type AccessChange } from '../../cdk/diff.js';
import { atOrAbove, checkTemplate, type PolicySizeReport, type TemplateCheckOptions, type TemplateFinding } from '../../cdk/template.js';
import { SEVERITIES, type Severity } from '../../lint/index.js';
import { oneOf, parseCommand, positiveInt, type Command } from '../args.js';
import { HELP } from '../help.js';
import { CliError, UsageError, type ExitCode, type Io } from '../io.js';
import { cliMessages } from '../messages.js';
import { analyzeOptions } from './analyze.js';
import { mergeSarif } from './lint.js';
import { templateLocator } from '../../cdk/template-text.js';

const help = HELP.cdk;

interface Checked {
  readonly stack: AssemblyStack;
  readonly findings: readonly TemplateFinding[];
  readonly sizes: readonly PolicySizeReport[];
}

function tokenLengths(values: readonly string[]): { [key: string]: number } {
  const out: { [key: string]: number } = {};
  for (const v of values) {
    const at = v.lastIndexOf('=');
    const n = at > 0 ? v.slice(at + 1) : '';
    if (at <= 0 || !/^\d+$/.test(n) || !Number.isSafeInteger(Number(n))) throw new UsageError(cliMessages.badTokenLength(v));
    out[v.slice(0, at)] = Number(n);
  }
  return out;
}

function load(path: string, io: Io): AssemblyStack[] {
  let stacks: AssemblyStack[];
  try {
    stacks = readAssembly(isAbsolute(path) ? path : resolve(io.cwd, path));
  } catch (e) {
    if (e instanceof AssemblyReadError) throw new CliError(e.message, 2);
    throw e;
  }
  return stacks;
}

function where(f: TemplateFinding, stack: AssemblyStack): string {
  const path = stack.paths.get(f.logicalId);
  return path ?? `${stack.name}/${f.logicalId}`;
}

async function check(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommand('cdk check', args, {
    format: { type: 'string', default: 'text' },
    'fail-on': { type: 'string', default: 'security' },
    'token-length': { type: 'string', multiple: true, default: [] },
    'unknown-token-length': { type: 'string' },
    'max-managed-policies': { type: 'string' },
    'trust-policy-limit': { type: 'string' },
    sizes: { type: 'boolean', default: false },
  });
  const format = oneOf('--format', values.format, ['text', 'json', 'sarif'] as const);
  const failOn: Severity = oneOf('--fail-on', values['fail-on'], SEVERITIES);
  if (positionals.length === 0) throw new UsageError(cliMessages.giveAssembly);
  const unknown = positiveInt('--unknown-token-length', values['unknown-token-length']);
  const maxManaged = positiveInt('--max-managed-policies', values['max-managed-policies']);
  const trustLimit = positiveInt('--trust-policy-limit', values['trust-policy-limit']);
  const base: TemplateCheckOptions = {
    tokenLengths: tokenLengths(values['token-length']),
    ...(unknown === undefined ? {} : { unknownTokenLength: unknown }),
    ...(maxManaged === undefined ? {} : { maxManagedPolicies: maxManaged }),
    ...(trustLimit === undefined ? {} : { trustPolicyLimit: trustLimit }),
  };

  // an assembly named twice (cdk.out ./cdk.out) is checked once: its findings were reported twice
  const given = new Map<string, string>();
  for (const p of positionals) if (!given.has(resolve(io.cwd, p))) given.set(resolve(io.cwd, p), p);
  const stacks = [...given.values()].flatMap((p) => load(p, io));
  const imports = exportsOf(stacks, base);
  // the accounts the app deploys to are the user's own (a role trusting another stage's account)
  const app: TemplateCheckOptions = { ...base, appAccounts: appAccounts(stacks) };
  const checked: Checked[] = stacks.map((stack) => ({ stack, ...checkTemplate(stack.template, stackOptions(stack, imports, app)) }));

  let code: ExitCode = 0;
  const counts = new Map<string, number>();
  let suppressed = 0;
  let policies = 0;
  for (const c of checked) {
    policies += new Set(c.sizes.map((s) => `${s.logicalId} ${s.property}`)).size;
    for (const f of c.findings) {
      if (f.suppressed !== undefined) {
        suppressed++;
        continue;
      }
      counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
      if (atOrAbove(f.severity, failOn)) code = 1;
    }
  }

  if (format === 'text') {
    const paint = { error: io.out.red, security: io.out.red, warning: io.out.yellow, suggestion: io.out.cyan } as const;
    for (const c of checked) {
      for (const f of c.findings) {
        if (f.suppressed !== undefined) continue;
        const inResource = f.templatePath.split('.Properties.')[1] ?? f.property;
        io.print(`${io.out.bold(where(f, c.stack))} ${paint[f.severity](f.severity)} ${io.out.bold(f.code)} ${inResource}: ${f.message}`);
      }
      if (values.sizes)
        for (const s of c.sizes)
          io.print(cliMessages.templateSize(c.stack.paths.get(s.logicalId) ?? `${c.stack.name}/${s.logicalId}`, s.property, s));
    }
  } else if (format === 'json') {
    const rel = (file: string) => relative(io.cwd, file) || file;
    io.print(
      JSON.stringify(
        {
          findings: checked.flatMap((c) => c.findings.map((f) => ({ stack: c.stack.name, template: rel(c.stack.file), constructPath: c.stack.paths.get(f.logicalId), ...f }))),
          sizes: checked.flatMap((c) => c.sizes.map((s) => ({ stack: c.stack.name, template: rel(c.stack.file), constructPath: c.stack.paths.get(s.logicalId), ...s }))),
        },
        null,
        2,
      ),
    );
  } else {
    const linted = checked.map((c) => {
      // located in the template, JSON or YAML (whose reading kept its positions)
      const at = templateLocator(c.stack.text, c.stack.yaml);
      return {
        name: relative(io.cwd, c.stack.file) || c.stack.file,
        text: undefined,
        findings: c.findings
          .filter((f) => f.suppressed === undefined)
          .map((f) => ({ code: f.code, severity: f.severity, path: f.templatePath, message: cliMessages.atConstruct(where(f, c.stack), f.message), ...at(f.templatePath) })),
      };
    });
    io.print(JSON.stringify(mergeSarif(linted), null, 2));
  }

  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const parts = SEVERITIES.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  io.error(cliMessages.cdkCheckSummary(io.err, checked.length, policies, total, parts, suppressed));
  return code;
}

function rowText(r: AccessChange['added'][number]): string {
  const cond = r.conditions === undefined || Object.keys(r.conditions).length === 0 ? '' : ` when ${Object.entries(r.conditions).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}`;
  const who = r.principals === undefined ? '' : ` for ${r.principals.join(', ')}`;
  return `${r.actions.join(', ')} on ${r.resources.join(', ')}${who}${cond}`;
}

/** The accounts of the assembly's stacks (the ids their environments name), each once. */
function appAccounts(stacks: readonly AssemblyStack[]): string[] {
  return [...new Set(stacks.flatMap((s) => (s.account === undefined ? [] : [s.account])))];
}

async function diffCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommand('cdk diff', args, { format: { type: 'string', default: 'text' }, timeout: { type: 'string' } });
  const format = oneOf('--format', values.format, ['text', 'json'] as const);
  const { timeoutMs } = analyzeOptions({ timeout: values.timeout });
  if (positionals.length !== 2) throw new UsageError(cliMessages.giveTwoAssemblies);
  const side = (p: string) => {
    const stacks = load(p, io);
    const imports = exportsOf(stacks);
    return stacks.map((s) => ({ name: s.name, template: s.template, options: stackOptions(s, imports, {}) }));
  };
  const before = side(positionals[0]!);
  const after = side(positionals[1]!);
  // two template files are one stack in two versions, whatever their names (before.json, after.json):
  // stacks are paired by name, so a renamed file compared each construct against nothing
  const from = before[0]?.name;
  const to = after[0]?.name;
  const paired =
    from !== undefined && to !== undefined && isFile(resolve(io.cwd, positionals[0]!)) && isFile(resolve(io.cwd, positionals[1]!))
      ? before.map((s) => ({ ...s, name: s.name === from ? to : s.name.startsWith(`${from}/`) ? `${to}${s.name.slice(from.length)}` : s.name }))
      : before;
  const changes = diffTemplates(paired, after, timeoutMs === undefined ? {} : { timeoutMs });
  const added = changes.some((c) => c.added.length > 0 || !c.complete);
  if (format === 'json') io.print(JSON.stringify(changes, null, 2));
  else
    for (const c of changes) {
      io.print(io.out.bold(`${c.construct} (${c.what})`));
      for (const r of c.added) io.print(io.out.red(`  + ${rowText(r)}`));
      for (const r of c.removed) io.print(io.out.green(`  - ${rowText(r)}`));
      if (!c.complete) io.print(io.out.yellow(cliMessages.notCompared(c.reasons.map((r) => r.message))));
    }
  io.error(cliMessages.cdkDiffSummary(io.err, changes.length, changes.filter((c) => c.added.length > 0).length));
  return added ? 1 : 0;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `typed-iam cdk`. */
export const cdkCommand: Command = {
  name: 'cdk',
  help,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'check') return check(rest, io);
    if (sub === 'diff') return diffCommand(rest, io);
    if (sub === '-h' || sub === '--help') {
      io.print(help);
      return 0;
    }
    throw new UsageError(sub === undefined ? cliMessages.giveSubcommand : cliMessages.unknownSubcommand(sub));
  },
};
