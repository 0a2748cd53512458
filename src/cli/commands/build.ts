/** `typed-iam build`: write the policies a JavaScript or TypeScript module exports as JSON files. */
import { join, resolve } from 'node:path';
import { isPolicy, type Policy } from '../../index.js';
import { parseCommand, targetOption, type Command } from '../args.js';
import { HELP } from '../help.js';
import { CliError, insideDir, isPlainFileName, policyFileText, UsageError, worst, writeText, type ExitCode } from '../io.js';
import { importModule } from '../load-module.js';

const help = HELP.build;

/** `typed-iam build`. */
export const buildCommand: Command = {
  name: 'build',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('build', args, {
      out: { type: 'string' },
      target: { type: 'string' },
      limit: { type: 'string' },
      compact: { type: 'boolean', default: false },
    });
    const target = targetOption(values.target, values.limit);
    if (positionals.length !== 1) throw new UsageError('Give exactly one module, such as src/policies.ts.');
    if (values.out === undefined) throw new UsageError('--out <dir> is required: the folder for the JSON files.');
    // an unset shell variable ("$OUT") would write into the working directory
    if (values.out === '') throw new UsageError('--out "" names no folder (an unset variable?); give the folder for the JSON files.');
    const file = resolve(io.cwd, positionals[0]!);
    const { exports } = await importModule(file).catch((e: unknown) => {
      if (e instanceof CliError) throw e;
      const err = e as { code?: string; message?: string };
      if (err.code === 'ERR_MODULE_NOT_FOUND' && !(err.message ?? '').includes(file)) throw new CliError(`Cannot import ${positionals[0]}: ${err.message}`);
      if (err.code === 'ERR_MODULE_NOT_FOUND') throw new CliError(`Module not found: ${positionals[0]}`);
      throw new CliError(`Cannot import ${positionals[0]}: ${err.message ?? String(e)}`);
    });

    const found: [string, Policy][] = [];
    for (const [name, value] of Object.entries(exports)) {
      if (isPolicy(value)) found.push([name, value as Policy]);
      else if (Array.isArray(value) && value.length > 0 && value.every((v) => isPolicy(v)))
        value.forEach((v, i) => found.push([`${name}-${i + 1}`, v as Policy]));
    }
    if (found.length === 0) {
      throw new CliError(
        `${positionals[0]} exports no typed-iam policies (exports: ${Object.keys(exports).join(', ') || 'none'}). ` +
          'Export the values made by policy.identity(...), parsePolicy(...), ...',
      );
    }

    let code: ExitCode = 0;
    for (const [name, policy] of found) {
      const path = join(values.out, `${name}.json`);
      // an export may be named "../../escaped": every file must stay inside --out
      const full = isPlainFileName(name) ? insideDir(resolve(io.cwd, values.out), `${name}.json`) : undefined;
      if (full === undefined) {
        io.error(`${io.err.bold(JSON.stringify(name))}: not written: an export name with "/", "\\", ".." or an absolute path would write outside --out ${values.out}. Rename the export.`);
        code = worst(code, 2);
        continue;
      }
      const text = policyFileText(policy, target, values.compact);
      const r = policy.size(target);
      if (text === undefined) {
        io.error(`${io.err.bold(name)}: ${io.err.red(`over by ${r.over}`)}: ${r.length} / ${r.limit} ${r.unit} (${String(r.target)}); not written. Run typed-iam fit on it or split(policy, target) in code.`);
        code = worst(code, 1);
        continue;
      }
      try {
        await writeText(full, text);
      } catch (e) {
        // one file that cannot be written does not stop the others (the exports after it were not written, unseen)
        if (!(e instanceof CliError)) throw e;
        io.error(e.message);
        code = worst(code, 2);
        continue;
      }
      io.print(`${path}  ${r.length} / ${r.limit} ${r.unit} (${String(r.target)})  ${io.out.green(`headroom ${r.headroom}`)}`);
    }
    return code;
  },
};
