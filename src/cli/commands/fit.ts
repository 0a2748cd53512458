/** `typed-iam fit`: minimize a policy and, when still too large, split it into parts that fit. */
import { existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fit, type FitResult, type FitStep } from '../../optimize/index.js';
import { PolicySizeError } from '../../index.js';
import { kindOption, parseCommand, targetOption, type Command } from '../args.js';
import { HELP } from '../help.js';
import { CliError, parseSource, policyFileText, readSource, resolveSources, UsageError, writeText, type Io, type ParsedPolicy } from '../io.js';
import { bug } from '../../internal/bug.js';

const help = HELP.fit;

/** `typed-iam fit`. */
export const fitCommand: Command = {
  name: 'fit',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('fit', args, {
      kind: { type: 'string' },
      target: { type: 'string' },
      limit: { type: 'string' },
      out: { type: 'string' },
      compress: { type: 'boolean', default: false },
      'no-split': { type: 'boolean', default: false },
      compact: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    });
    const kind = kindOption(values.kind);
    const target = targetOption(values.target, values.limit);
    if (positionals.length !== 1) throw new UsageError('Give exactly one policy file (or - for stdin).');
    const [source] = await resolveSources(positionals, io);
    if (source === undefined) throw new CliError(`File not found: ${positionals[0]}`);
    const policy = parseSource(await readSource(source, io), source.name, kind, io);
    if (policy === undefined) return 2;

    let result: FitResult<ParsedPolicy>;
    try {
      result = fit(policy, target, { compressActions: values.compress, split: !values['no-split'] });
    } catch (e) {
      if (!(e instanceof PolicySizeError)) throw e;
      io.error(`${io.err.bold(source.name)}: ${e.message}`);
      return 1;
    }
    const unit = result.before.unit;
    io.error(`${source.name}: ${result.before.length} ${unit}, limit ${result.before.limit} (${String(result.before.target)})`);
    for (const step of result.steps) io.error(`  ${describe(step, unit)}`);

    const t = target ?? policy.defaultTarget;
    const texts = result.policies.map((p) => policyFileText(p, t, values.compact));
    if (texts.some((x) => x === undefined)) bug('fit returned a policy over the target');
    if (values.out === undefined) {
      io.print(JSON.stringify(result.policies.map((p) => p.toJSON()), null, values.compact ? undefined : 2));
      return 0;
    }
    const name = source.path === undefined ? 'policy' : basename(source.name, extname(source.name));
    await write(io, values.out, name, texts as string[], result, values.force);
    return 0;
  },
};

async function write(io: Io, out: string, name: string, texts: readonly string[], result: FitResult<ParsedPolicy>, force: boolean): Promise<void> {
  const files = texts.map((_, i) => join(out, `${name}-${i + 1}.json`));
  // all or nothing: refuse before writing the first part
  if (!force) {
    const existing = files.filter((f) => existsSync(resolve(io.cwd, f)));
    if (existing.length > 0) throw new CliError(`${existing.join(', ')} exist${existing.length === 1 ? 's' : ''} already; pass --force to overwrite.`);
  }
  for (const [i, text] of texts.entries()) {
    const file = files[i]!;
    await writeText(resolve(io.cwd, file), text, { overwrite: force });
    const r = result.after[i]!;
    io.print(`${file}  ${r.length} / ${r.limit} ${r.unit}  ${io.out.green(`headroom ${r.headroom}`)}`);
  }
}

function describe(step: FitStep, unit: string): string {
  if (step.step === 'split') return `split: ${step.parts} part${step.parts === 1 ? '' : 's'} (${step.lengths.join(', ')} ${unit})`;
  return `${step.step}: ${step.lengthBefore} -> ${step.lengthAfter} ${unit}, ${step.statementsBefore} -> ${step.statementsAfter} statements`;
}
