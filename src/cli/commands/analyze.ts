/** `typed-iam diff` and `typed-iam check ...`: the proofs of typed-iam/analyze on policy files. */
import {
  checkAccessNotGranted,
  checkNoNewAccess,
  checkNoPublicAccess,
  diff,
  type AccessRow,
  type AnalyzeOptions,
  type CheckResult,
} from '../../analyze/index.js';
import { kindOption, oneOf, parseCommand, type Command } from '../args.js';
import { HELP } from '../help.js';
import { loadPolicyFile, refuseUnnamed, UsageError, type Io } from '../io.js';
import { cliMessages } from '../messages.js';
import { isActionSyntax } from '../../model/syntax.js';

const diffHelp = HELP.diff;

const checkHelp = HELP.check;

/** The analysis options of `--actions` and `--timeout` (a positive whole number of milliseconds). */
export function analyzeOptions(values: { actions?: string | undefined; timeout?: string | undefined }): AnalyzeOptions {
  // digits only, as --limit and --max-parts: Number() also read "0x10", "1e3" and " 5"
  if (values.timeout !== undefined && !/^[1-9][0-9]{0,8}$/.test(values.timeout)) throw new UsageError(cliMessages.notPositiveWhole('--timeout', values.timeout, 'milliseconds'));
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  return {
    ...(values.actions === undefined ? {} : { actions: oneOf('--actions', values.actions, ['open', 'catalog'] as const) }),
    ...(timeout === undefined ? {} : { timeoutMs: timeout }),
  };
}

const COMMON = {
  kind: { type: 'string' },
  actions: { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const;

function rowText(r: AccessRow): string {
  const ctx = r.conditions === undefined ? '' : ` when ${Object.entries(r.conditions).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}`;
  const who = r.principals === undefined ? '' : ` for ${r.principals.join(', ')}`;
  return `${r.actions.join(', ')} on ${r.resources.join(', ')}${who}${ctx}\n      e.g. ${JSON.stringify(r.example)}${r.cell === undefined ? '' : cellText(r.cell)}`;
}

/** How many of a row's catalog actions (`--actions catalog`) the text names; `--json` lists all. */
const CELL_SHOWN = 8;

/** The catalog actions a row stands for (each decided as its example is), the first {@link CELL_SHOWN} by name. */
function cellText(cell: readonly string[]): string {
  const more = cell.length > CELL_SHOWN ? `, ... (${cell.length - CELL_SHOWN} more; --json lists all)` : '';
  return `\n      catalog actions (${cell.length}): ${cell.slice(0, CELL_SHOWN).join(', ')}${more}`;
}

/** `typed-iam diff`. */
export const diffCommand: Command = {
  name: 'diff',
  help: diffHelp,
  async run(args, io) {
    const { values, positionals } = parseCommand('diff', args, COMMON);
    if (positionals.length !== 2) throw new UsageError(cliMessages.giveTwoPolicies);
    const kind = kindOption(values.kind);
    const before = await loadPolicyFile(positionals[0]!, kind, io, { evaluated: true });
    const after = await loadPolicyFile(positionals[1]!, kind, io, { evaluated: true });
    const d = diff(before, after, analyzeOptions(values));
    if (values.json) io.print(JSON.stringify(d, null, 2));
    else {
      io.print(`${io.out.bold('added')} (${d.added.length})`);
      for (const r of d.added) io.print(`  ${io.out.red('+')} ${rowText(r)}`);
      io.print(`${io.out.bold('removed')} (${d.removed.length})`);
      for (const r of d.removed) io.print(`  ${io.out.green('-')} ${rowText(r)}`);
      if (!d.complete) io.print(cliMessages.diffIncomplete(d.reasons.map((r) => r.message)));
    }
    return d.added.length > 0 || !d.complete ? 1 : 0;
  },
};

const CHECKS = ['no-new-access', 'access-not-granted', 'no-public-access'] as const;

/** SARIF 2.1.0 for one check on one file. */
function sarif(check: string, file: string, r: CheckResult): object {
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'typed-iam', informationUri: 'https://github.com/typed-iam/typed-iam', rules: [{ id: check, shortDescription: { text: `typed-iam check ${check}` } }] } },
        results: r.result === 'pass'
          ? []
          : r.reasons.map((reason, i) => ({
              ruleId: check,
              level: r.result === 'fail' ? 'error' : 'warning',
              message: { text: r.witnesses[i] === undefined ? reason.message : cliMessages.witnessed(reason.message, r.witnesses[i]) },
              locations: [{ physicalLocation: { artifactLocation: { uri: file } } }],
            })),
      },
    ],
  };
}

function report(check: string, file: string, r: CheckResult, values: { json?: boolean; sarif?: boolean }, io: Io): 0 | 1 {
  if (values.sarif === true) io.print(JSON.stringify(sarif(check, file, r), null, 2));
  else if (values.json === true) io.print(JSON.stringify(r, null, 2));
  else {
    const paint = r.result === 'pass' ? io.out.green : io.out.red;
    io.print(`${io.out.bold(`${check}:`)} ${paint(r.result)}`);
    r.reasons.forEach((reason, i) => {
      io.print(`  ${reason.message}`);
      const w = r.witnesses[i];
      if (w !== undefined) io.print(`    witness: ${JSON.stringify(w)}`);
      for (const s of reason.statements ?? []) io.print(`    by ${cliMessages.statementAt(s)}`);
    });
  }
  return r.result === 'pass' ? 0 : 1;
}

/** `typed-iam check`. */
export const checkCommand: Command = {
  name: 'check',
  help: checkHelp,
  async run(args, io) {
    const { values, positionals } = parseCommand('check', args, {
      ...COMMON,
      sarif: { type: 'boolean', default: false },
      existing: { type: 'string' },
      action: { type: 'string', multiple: true },
      resource: { type: 'string', multiple: true },
      'resource-type': { type: 'string' },
      uncataloged: { type: 'string', multiple: true },
    });
    const [name, ...files] = positionals;
    if (name === undefined) throw new UsageError(cliMessages.nameCheck(CHECKS));
    const check = oneOf('check', name, CHECKS);
    if (files.length !== 1) throw new UsageError(cliMessages.giveCheckedFile);
    const file = files[0]!;
    const kind = kindOption(values.kind);
    const options = analyzeOptions(values);
    switch (check) {
      case 'no-new-access': {
        if (values.existing === undefined) throw new UsageError(cliMessages.needsExisting);
        const existing = await loadPolicyFile(values.existing, kind, io, { evaluated: true, flag: '--existing' });
        const updated = await loadPolicyFile(file, kind, io, { evaluated: true });
        return report(check, file, checkNoNewAccess(existing, updated, options), values, io);
      }
      case 'access-not-granted': {
        if (values.action === undefined && values.resource === undefined) throw new UsageError(cliMessages.needsQuery);
        // an action no policy can name ('', 'garbage', 's3') would pass without proving anything
        const bad = values.action?.find((a) => !isActionSyntax(a));
        if (bad !== undefined) throw new UsageError(cliMessages.notActionPattern(bad));
        // an action or resource naming nothing AWS has is granted by no policy: the check would pass, proving nothing
        await refuseUnnamed('--action', 'Action', (values.action ?? []).filter((a) => a !== '*'), values.uncataloged ?? []);
        await refuseUnnamed('--resource', 'Resource', (values.resource ?? []).filter((r) => r !== '*'), values.uncataloged ?? []);
        const policy = await loadPolicyFile(file, kind, io, { evaluated: true });
        const query = { ...(values.action === undefined ? {} : { actions: values.action }), ...(values.resource === undefined ? {} : { resources: values.resource }) };
        return report(check, file, checkAccessNotGranted(policy, query, options), values, io);
      }
      case 'no-public-access': {
        if (values['resource-type'] === undefined) throw new UsageError(cliMessages.needsResourceType);
        const policy = await loadPolicyFile(file, kind ?? 'resource', io, { evaluated: true });
        return report(check, file, checkNoPublicAccess(policy, { resourceType: values['resource-type'] }, options), values, io);
      }
    }
  },
};
