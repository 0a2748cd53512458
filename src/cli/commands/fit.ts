/** `typed-iam fit`: minimize a policy and, when still too large, split it into parts that fit. */
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fit, type FitResult } from '../../optimize/index.js';
import { PolicyQuotaError, PolicySizeError } from '../../index.js';
import { kindOption, parseCommand, targetOption, type Command } from '../args.js';
import { HELP } from '../help.js';
import { CliError, parseSource, policyFileText, readSource, resolveOneSource, UsageError, writeTextSet, type Io, type ParsedPolicy } from '../io.js';
import { bug } from '../../internal/bug.js';
import { cliMessages } from '../messages.js';

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
      'max-parts': { type: 'string' },
    });
    const kind = kindOption(values.kind);
    const target = targetOption(values.target, values.limit);
    // an unset shell variable ("$OUT") would write into the working directory
    if (values.out === '') throw new UsageError(cliMessages.emptyOut('the parts, or leave --out out to print them.'));
    const maxParts = values['max-parts'];
    if (maxParts !== undefined && !/^[1-9][0-9]{0,5}$/.test(maxParts)) throw new UsageError(cliMessages.badMaxParts(maxParts));
    if (positionals.length !== 1) throw new UsageError(cliMessages.givePolicyFile);
    // one policy: a directory or glob naming several files is a usage error (only the first was fitted)
    const source = await resolveOneSource(positionals[0]!, io);
    const policy = parseSource(await readSource(source, io), source.name, kind, io);
    if (policy === undefined) return 2;

    let result: FitResult<ParsedPolicy>;
    try {
      result = fit(policy, target, { compressActions: values.compress, split: !values['no-split'], ...(maxParts === undefined ? {} : { maxParts: Number(maxParts) }) });
    } catch (e) {
      // over a size or an element-count quota (more parts than can be attached, SQS's 20 statements):
      // the policy cannot be made to fit, exit 1 as size gives for the same policy (a quota was exit 2)
      if (!(e instanceof PolicySizeError || e instanceof PolicyQuotaError)) throw e;
      io.error(cliMessages.cannotFit(io.err, source.name, e.message));
      if (e instanceof PolicyQuotaError && e.excesses.some((x) => x.quota === 'attachedPolicies')) io.error(cliMessages.raiseMaxParts);
      return 1;
    }
    const unit = result.before.unit;
    io.error(cliMessages.fitStart(source.name, result.before.length, unit, result.before.limit, String(result.before.target)));
    for (const step of result.steps) io.error(cliMessages.fitStep(step, unit));

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
  // parts of an earlier run past this run's count: a deploy reading every <name>-N.json would apply them too
  const stale = (await readdir(resolve(io.cwd, out)).catch(() => [] as string[]))
    .filter((f) => {
      // the extension in any case, as walks and globs read it (big-4.JSON is a part a deploy of *.json applies)
      const n = f.startsWith(`${name}-`) && /\.json$/i.test(f) ? f.slice(name.length + 1, -'.json'.length) : '';
      return /^[1-9][0-9]*$/.test(n) && Number(n) > texts.length;
    })
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => join(out, f));
  // all or nothing: refuse before writing the first part
  if (!force) {
    const existing = [...files, ...stale].filter((f) => existsSync(resolve(io.cwd, f)));
    if (existing.length > 0) throw new CliError(cliMessages.existsAlready(existing));
  }
  await writeTextSet(files.map((file, i) => ({ path: resolve(io.cwd, file), text: texts[i]! })));
  for (const [i, file] of files.entries()) {
    const r = result.after[i]!;
    io.print(`${file}  ${r.length} / ${r.limit} ${r.unit}  ${io.out.green(`headroom ${r.headroom}`)}`);
  }
  for (const file of stale) {
    try {
      await rm(resolve(io.cwd, file));
      io.error(cliMessages.removedPart(file, texts.length));
    } catch (e) {
      throw new CliError(cliMessages.cannotRemovePart(file, texts.length, (e as Error).message));
    }
  }
}
