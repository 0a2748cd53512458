/** `typed-iam expand`: the actions an action pattern matches, from the AWS catalog. */
import { catalogVersion, didYouMean, expandActions, suggestActions, suggestServices } from '../../catalog/index.js';
import { isActionSyntax } from '../../model/syntax.js';
import { parseCommand, type Command } from '../args.js';
import { HELP } from '../help.js';
import { UsageError, type ExitCode } from '../io.js';
import { cliMessages } from '../messages.js';

const help = HELP.expand;

/** `typed-iam expand`. */
export const expandCommand: Command = {
  name: 'expand',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('expand', args, { json: { type: 'boolean', default: false } });
    if (positionals.length === 0) throw new UsageError(cliMessages.givePattern);
    for (const p of positionals) if (!isActionSyntax(p)) throw new UsageError(cliMessages.notPattern(p));
    const seen = new Set<string>();
    let code: ExitCode = 0;
    for (const p of positionals) {
      const found = expandActions(p);
      if (found.length === 0) {
        const near = p.includes('*') || p.includes('?') ? suggestServices(p.slice(0, Math.max(0, p.indexOf(':')))).map((s) => `${s}:${p.slice(p.indexOf(':') + 1)}`) : suggestActions(p);
        // a known service gives back the pattern itself, which matched nothing
        io.error(cliMessages.noActionMatches(p, catalogVersion.date, didYouMean(near.filter((n) => n.toLowerCase() !== p.toLowerCase()))));
        code = 1;
      }
      for (const a of found) seen.add(a);
    }
    if (values.json || seen.size > 0) io.print(values.json ? JSON.stringify([...seen], null, 2) : [...seen].join('\n'));
    return code;
  },
};
