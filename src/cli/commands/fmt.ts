/** `typed-iam fmt`: canonical formatting (parse, then the library's pretty JSON). */
import { lstat } from 'node:fs/promises';
import { SIZE_TARGETS, type Policy, type SizeTarget } from '../../index.js';
import { kindOption, parseCommand, type Command } from '../args.js';
import { HELP } from '../help.js';
import { CliError, parseSource, readSource, resolveSources, rewriteFile, RewriteRefused, UsageError, worst, type ExitCode, type ParsedPolicy } from '../io.js';
import { cliMessages } from '../messages.js';

const help = HELP.fmt;

/** No size check when formatting: `size` and `lint` report sizes. */
const UNBOUNDED: SizeTarget = { ...SIZE_TARGETS.managed, limit: Number.POSITIVE_INFINITY };

/**
 * The canonical text of a policy: `toString({ pretty: true })` and a newline.
 *
 * @example
 * ```ts
 * import { parsePolicy } from 'typed-iam';
 * import { canonicalText } from './fmt.js';
 * const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}';
 * canonicalText(parsePolicy(text)); // '{\n  "Version": "2012-10-17",\n ...}\n'
 * ```
 */
export function canonicalText(policy: Pick<Policy, 'toString'>): string {
  return `${policy.toString({ pretty: true, canonical: true, target: UNBOUNDED })}\n`;
}

/** `typed-iam fmt`. */
export const fmtCommand: Command = {
  name: 'fmt',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('fmt', args, {
      kind: { type: 'string' },
      check: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      follow: { type: 'boolean', default: false },
    });
    const kind = kindOption(values.kind);
    if (values.check && values.write) throw new UsageError(cliMessages.notBoth('--check', '--write'));
    if (positionals.length === 0) throw new UsageError(cliMessages.giveInputs('format'));
    const sources = await resolveSources(positionals, io, (note) => io.error(note));
    // stdin is the source without a path and without a problem (a missing file has neither path nor text)
    if (values.write && sources.some((s) => s.path === undefined && s.problem === undefined)) throw new UsageError(cliMessages.writeStdin);
    // printed back to back, several documents are no one JSON text (stdout is one JSON document, as in every command)
    if (!values.write && !values.check && sources.length > 1)
      throw new UsageError(cliMessages.severalToPrint(sources.map((s) => s.name), positionals.length === 1 ? positionals[0] : undefined));

    let code: ExitCode = 0;
    let changed = 0;
    let links = 0;
    let failed = 0;
    /** Files --write left as they were, by reason: read-only, changed while formatted. */
    const refused = { READ_ONLY: 0, CHANGED_DURING_WRITE: 0 };
    /** Inputs not read or not a valid policy: nothing is written for them, and the summary says so. */
    let unread = 0;
    const bar = io.progress(sources.length);
    for (const source of sources) {
      bar.tick(source.name);
      // as written, a byte-order mark kept: the canonical text has none, so --check reports it and --write drops it
      let text: string;
      let policy: ParsedPolicy | undefined;
      try {
        text = await readSource(source, io, { keepBom: true });
        policy = parseSource(text.startsWith('\uFEFF') ? text.slice(1) : text, source.name, kind, io);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        io.error(e.message);
        code = 2;
        unread++;
        continue;
      }
      if (policy === undefined) {
        code = 2;
        unread++;
        continue;
      }
      const formatted = canonicalText(policy);
      const differs = formatted !== text;
      if (differs) changed++;
      if (values.check) {
        if (differs) {
          io.print(source.name);
          code = worst(code, 1);
        }
      } else if (values.write) {
        if (differs && source.path !== undefined) {
          try {
            // writing through a link would change a file elsewhere (perhaps outside the project)
            if (!values.follow && (await lstat(source.path).catch(() => undefined))?.isSymbolicLink() === true) {
              io.error(cliMessages.symbolicLink(source.name));
              code = worst(code, 2);
              links++;
              continue;
            }
            await rewriteFile(source.path, formatted, text);
          } catch (e) {
            // one file that cannot be written does not stop the others
            if (!(e instanceof CliError)) throw e;
            io.error(e.message);
            code = worst(code, 2);
            if (e instanceof RewriteRefused) refused[e.code]++;
            else failed++;
            continue;
          }
          io.print(cliMessages.formatted(source.name));
        }
      } else io.print(formatted.slice(0, -1));
    }
    bar.done();
    if (values.check) io.error(cliMessages.fmtChecked(sources.length, unread, changed));
    else if (values.write) {
      const kept = { links, readOnly: refused.READ_ONLY, changed: refused.CHANGED_DURING_WRITE };
      io.error(cliMessages.fmtWritten(sources.length, unread, changed - links - kept.readOnly - kept.changed - failed, kept, failed));
    }
    return code;
  },
};
