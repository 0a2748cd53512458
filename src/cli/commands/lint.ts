/** `typed-iam lint`: findings for policy files, as text, JSON or SARIF. */
import { formatFindings, isAuthorizationDetails, isTerraformJson, lint, lintAuthorizationDetails, lintTerraform, SEVERITIES, type Finding } from '../../lint/index.js';
import { ENTITY_KINDS } from '../../lint/types.js';
import type { PolicyIssueCode } from '../../index.js';
import { kindOption, oneOf, parseCommand, positiveInt, targetOption, type Command } from '../args.js';
import { HELP } from '../help.js';
import { CliError, containerHint, formatIssue, readSource, resolveSources, toolVersion, UsageError, worst, type ExitCode, type Io } from '../io.js';
import { cliMessages } from '../messages.js';
import { policyText } from '../../parse/input.js';
import { PolicyArgumentError } from '../../errors.js';

const FORMATS = ['text', 'json', 'sarif'] as const;

/** Parse codes meaning the text could not be read as JSON at all: an input error (exit 2), not a finding. */
const UNREADABLE: readonly string[] = ['JSON_SYNTAX', 'INPUT_TOO_LARGE', 'TOO_DEEP', 'INVALID_ENCODING'] satisfies PolicyIssueCode[];

const help = HELP.lint;

export interface Linted {
  readonly name: string;
  /** The text findings are located in; undefined where their paths do not name places in it (a Terraform plan's policies). */
  readonly text: string | undefined;
  readonly findings: readonly Finding[];
}

/** `typed-iam lint`. */
export const lintCommand: Command = {
  name: 'lint',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('lint', args, {
      kind: { type: 'string' },
      target: { type: 'string' },
      limit: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'security' },
      'max-managed-policies': { type: 'string' },
      'trust-policy-limit': { type: 'string' },
      'attached-to': { type: 'string' },
    });
    const maxManaged = positiveInt('--max-managed-policies', values['max-managed-policies']);
    const trustLimit = positiveInt('--trust-policy-limit', values['trust-policy-limit']);
    const terraformOptions = { ...(maxManaged === undefined ? {} : { maxManagedPolicies: maxManaged }), ...(trustLimit === undefined ? {} : { trustPolicyLimit: trustLimit }) };
    const kind = kindOption(values.kind);
    const target = targetOption(values.target, values.limit);
    // what a managed policy is attached to (lint's attachedTo): role, user, group, comma-separated
    const attachedTo = values['attached-to']?.split(',').map((e) => oneOf('--attached-to', e.trim(), ENTITY_KINDS));
    const format = oneOf('--format', values.format, FORMATS);
    const threshold = SEVERITIES.indexOf(oneOf('--fail-on', values['fail-on'], SEVERITIES));
    if (positionals.length === 0) throw new UsageError(cliMessages.giveInputs('lint'));

    const sources = await resolveSources(positionals, io, (note) => io.error(note));
    const options = { ...(kind === undefined ? {} : { kind }), ...(target === undefined ? {} : { target }), ...(attachedTo === undefined ? {} : { attachedTo }) };
    const done: Linted[] = [];
    const counts = new Map<string, number>();
    let code: ExitCode = 0;
    let unread = 0;
    /** Inputs that ended the run with exit 2 (not read, or not JSON): SARIF marks its invocation failed with them. */
    const failed: { name: string; message: string; line?: number; column?: number }[] = [];
    const bar = io.progress(sources.length);
    for (const source of sources) {
      bar.tick(source.name);
      let text: string;
      try {
        text = await readSource(source, io);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        io.error(e.message);
        code = 2;
        unread++;
        // JSON and SARIF readers see the input too, not a run without findings; SARIF names an input
        // that does not exist in the failed invocation only (a result would point at no file)
        const { code: issue = 'UNREADABLE', line, column } = e.input ?? {};
        const where = line === undefined ? {} : { line, column: column ?? 1 };
        failed.push({ name: source.name, message: e.message, ...where });
        if (format === 'json' || (format === 'sarif' && issue !== 'NOT_FOUND' && issue !== 'NO_MATCH')) done.push({ name: source.name, text: '', findings: [{ code: issue, severity: 'error', path: '', message: e.message, ...where }] });
        continue;
      }
      // the output of aws iam get-account-authorization-details or terraform show -json: each policy it holds as its kind
      const whole = container(text);
      if (whole !== undefined && (kind !== undefined || target !== undefined || attachedTo !== undefined))
        throw new UsageError(whole.terraform ? cliMessages.terraformKind(source.name) : cliMessages.authorizationDetailsKind(source.name));
      let findings: Finding[];
      try {
        findings = whole === undefined ? lint(text, options) : whole.terraform ? lintTerraform(whole.value, terraformOptions) : lintAuthorizationDetails(whole.value);
      } catch (e) {
        // a Terraform output format typed-iam does not read
        if (!(e instanceof PolicyArgumentError)) throw e;
        const message = cliMessages.unsupportedFormat(source.name, e.message);
        io.error(message);
        code = 2;
        unread++;
        failed.push({ name: source.name, message });
        if (format === 'json' || format === 'sarif') done.push({ name: source.name, text: '', findings: [{ code: 'UNSUPPORTED_FORMAT', severity: 'error', path: '', message }] });
        continue;
      }
      const unreadable = findings.filter((f) => UNREADABLE.includes(f.code));
      for (const f of unreadable) io.error(formatIssue(source.name, { ...f, code: f.code as PolicyIssueCode }, io.err));
      for (const f of unreadable) failed.push({ name: source.name, message: cliMessages.notJsonNotification(f.code, f.message), ...(f.line === undefined ? {} : { line: f.line, column: f.column ?? 1 }) });
      if (unreadable.length > 0) code = worst(code, 2);
      if (findings.some((f) => !UNREADABLE.includes(f.code) && SEVERITIES.indexOf(f.severity) <= threshold)) code = worst(code, 1);
      for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
      // a template (JSON or YAML), a plan or a whole CLI response: say where the policy is (stderr: stdout stays findings)
      if (findings.some((f) => (f.code === 'UNKNOWN_ELEMENT' && /^[^.[]+$/.test(f.path)) || f.code === 'JSON_SYNTAX')) {
        const hint = containerHint(text, source.name);
        if (hint !== undefined) io.error(hint);
      }
      // a finding in a Terraform policy is in a JSON string of the output: its path (resource address, attribute) locates it, no line does
      const located = whole?.terraform === true ? undefined : text;
      if (format === 'text') {
        const shown = findings.filter((f) => !UNREADABLE.includes(f.code));
        if (shown.length > 0) io.print(colourText(formatFindings(shown, 'text', { fileName: source.name, ...(located === undefined ? {} : { source: located }) }), shown, io));
      } else done.push({ name: source.name, text: located, findings });
    }
    bar.done();

    if (format === 'json') io.print(JSON.stringify(done.flatMap(jsonOf), null, 2));
    else if (format === 'sarif') io.print(JSON.stringify(failedInvocation(mergeSarif(done), failed), null, 2));
    // the summary goes to stderr, so stdout stays a clean list, JSON or SARIF
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const parts = SEVERITIES.filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
    // a file that could not be read is not a file without findings
    io.error(cliMessages.lintSummary(io.err, sources.length, unread, total, parts));
    return code;
  },
};

/** Colours the severity word of each text line; lines and findings correspond one to one. */
function colourText(text: string, findings: readonly Finding[], io: Io): string {
  if (!io.out.enabled) return text;
  const lines = text.split('\n');
  if (lines.length !== findings.length) return text;
  const paint = { error: io.out.red, security: io.out.red, warning: io.out.yellow, suggestion: io.out.cyan } as const;
  return lines
    .map((line, i) => {
      const f = findings[i]!;
      const word = ` ${f.severity} ${f.code} `;
      const at = line.indexOf(word);
      if (at < 0) return line;
      return `${io.out.bold(line.slice(0, at))} ${paint[f.severity](f.severity)} ${io.out.bold(f.code)} ${line.slice(at + word.length)}`;
    })
    .join('\n');
}

function jsonOf(l: Linted): object[] {
  const list = JSON.parse(formatFindings(l.findings, 'json', l.text === undefined ? {} : { source: l.text })) as object[];
  return list.map((f) => ({ file: l.name, ...f }));
}

interface SarifLog {
  runs: [{ tool: { driver: { rules: { id: string }[] } }; results: { ruleId?: string; ruleIndex?: number }[] }];
}

/**
 * Marks the SARIF run's invocation failed (exit code 2, one error notification per input) when an input
 * could not be read or parsed, so a SARIF reader that ignores the exit code still sees an incomplete
 * run; a run without such inputs is returned as it is.
 */
function failedInvocation(log: object, failed: readonly { name: string; message: string; line?: number; column?: number }[]): object {
  if (failed.length === 0) return log;
  const run = (log as { runs: Record<string, unknown>[] }).runs[0]!;
  run['invocations'] = [
    {
      executionSuccessful: false,
      exitCode: 2,
      toolExecutionNotifications: failed.map((f) => ({
        level: 'error',
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: f.name.replaceAll('\\', '/') },
              ...(f.line === undefined ? {} : { region: { startLine: f.line, startColumn: f.column ?? 1 } }),
            },
          },
        ],
      })),
    },
  ];
  return log;
}

/** One SARIF log for every file: the rules of all logs by id, every result re-indexed (also used by `cdk check`). */
export function mergeSarif(linted: readonly Linted[]): object {
  const logs = linted.map(
    (l) => JSON.parse(formatFindings(l.findings, 'sarif', { fileName: l.name.replaceAll('\\', '/'), ...(l.text === undefined ? {} : { source: l.text }), toolVersion: toolVersion() })) as SarifLog,
  );
  const base = logs[0] ?? (JSON.parse(formatFindings([], 'sarif', { toolVersion: toolVersion() })) as SarifLog);
  const run = base.runs[0];
  const rules = run.tool.driver.rules;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const log of logs.slice(1)) {
    const other = log.runs[0];
    for (const r of other.tool.driver.rules) {
      if (index.has(r.id)) continue;
      index.set(r.id, rules.length);
      rules.push(r);
    }
    run.results.push(...other.results);
  }
  for (const r of run.results) if (r.ruleId !== undefined && index.has(r.ruleId)) r.ruleIndex = index.get(r.ruleId)!;
  return base;
}

/**
 * The parsed text when it is the output of aws iam get-account-authorization-details or of terraform
 * show -json, else undefined (a policy, or not JSON: lint reads it).
 */
function container(text: string): { readonly value: unknown; readonly terraform: boolean } | undefined {
  // a policy holds none of these words: it is not parsed twice
  if (!text.includes('DetailList') && !text.includes('PolicyVersionList') && !text.includes('format_version')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(policyText(text).text);
  } catch {
    return undefined;
  }
  if (isAuthorizationDetails(value)) return { value, terraform: false };
  return isTerraformJson(value) ? { value, terraform: true } : undefined;
}
