/** `typed-iam size`: each policy's length against its size target. */
import type { QuotaExcess, SizeReport } from '../../index.js';
import { countExcesses, measure } from '../../emit/size.js';
import { resolveTarget } from '../../emit/size-targets.js';
import { policyText } from '../../parse/input.js';
import { kindOption, parseCommand, targetOption, type Command } from '../args.js';
import { HELP } from '../help.js';
import { CliError, parseSource, readSource, resolveSources, UsageError, worst, type ExitCode } from '../io.js';
import { cliMessages } from '../messages.js';

const help = HELP.size;

/**
 * An input `--json` lists though it could not be measured (not read, not JSON, not a valid policy
 * of its kind): `fits: false`, so a reader of the array alone never counts it as fitting (an input
 * that did not parse was left out: `size --json bad.json` printed `[]`).
 */
interface ErrorRow {
  readonly file: string;
  readonly fits: false;
  readonly error: { readonly code: string; readonly message: string; readonly line?: number; readonly column?: number };
}

interface Row {
  readonly file: string;
  readonly kind: string;
  readonly report: SizeReport;
  /** Which text was measured. */
  readonly measured: 'as written' | 'compact' | 'pretty';
  /** The element-count quotas of the target the policy exceeds. */
  readonly quotas: readonly QuotaExcess[];
}

/** `typed-iam size`. */
export const sizeCommand: Command = {
  name: 'size',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommand('size', args, {
      kind: { type: 'string' },
      target: { type: 'string' },
      limit: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      compact: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    });
    const kind = kindOption(values.kind);
    const target = targetOption(values.target, values.limit);
    if (values.pretty && values.compact) throw new UsageError(cliMessages.notBoth('--compact', '--pretty'));
    if (positionals.length === 0) throw new UsageError(cliMessages.giveInputs('measure'));
    const sources = await resolveSources(positionals, io, (note) => io.error(note));
    const rows: (Row | ErrorRow)[] = [];
    let code: ExitCode = 0;
    const bar = io.progress(sources.length);
    for (const source of sources) {
      bar.tick(source.name);
      let policy;
      let text = '';
      let error: ErrorRow['error'] | undefined;
      try {
        text = await readSource(source, io);
        policy = parseSource(text, source.name, kind, io, ([first]) => {
          if (first !== undefined) error = { code: first.code, message: first.message, ...(first.line === undefined ? {} : { line: first.line, column: first.column ?? 1 }) };
        });
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        io.error(e.message);
        const { code: issue = 'UNREADABLE', line, column } = e.input ?? {};
        error = { code: issue, message: e.message, ...(line === undefined ? {} : { line, column: column ?? 1 }) };
      }
      if (policy === undefined) {
        code = 2;
        rows.push({ file: source.name, fits: false, error: error ?? { code: 'UNREADABLE', message: cliMessages.notMeasured(source.name) } });
        continue;
      }
      const t = resolveTarget(target ?? policy.defaultTarget);
      // a target that counts whitespace counts the text sent: the file as written, unless asked otherwise
      const measured = !t.whitespaceCounts || values.compact ? 'compact' : values.pretty ? 'pretty' : 'as written';
      // as written is the policy text as AWS receives it: a URL-encoded file or a JSON string holding the policy decoded
      const sent = measured === 'as written' ? policyText(text).text : '';
      const report = measured === 'as written' ? measure(sent, sent, t) : policy.size(t, { pretty: values.pretty });
      const quotas = countExcesses(policy.document, t);
      if (!report.fits || quotas.length > 0) code = worst(code, 1);
      rows.push({ file: source.name, kind: policy.kind, report, measured, quotas });
    }
    bar.done();

    if (values.json) {
      io.print(JSON.stringify(rows.map((r) => ('error' in r ? r : { file: r.file, kind: r.kind, ...r.report, measured: r.measured, quotas: r.quotas })), null, 2));
      return code;
    }
    // inputs that could not be measured were reported on stderr
    const measured = rows.filter((r): r is Row => !('error' in r));
    const width = Math.max(4, ...measured.map((r) => r.file.length));
    const num = Math.max(...measured.map((r) => String(r.report.limit).length), 1);
    for (const { file, kind: k, report: r, quotas } of measured) {
      const figures = `${String(r.length).padStart(num)} / ${String(r.limit).padStart(num)} ${r.unit.padEnd(10)}`;
      const verdict = r.fits ? io.out.green(`headroom ${r.headroom}`) : io.out.red(`over by ${r.over}`);
      // an element-count quota exceeded: where, the count and the limit (`Statement: 21 statements > 20`)
      const counts = quotas.map((q) => io.out.red(`  ${q.path}: ${q.count} ${q.quota === 'statements' ? 'statements' : 'actions'} > ${q.limit}`)).join('');
      io.print(`${file.padEnd(width)}  ${figures}  ${String(r.target).padEnd(14)}  ${verdict}${counts}${kind === undefined ? `  (kind ${k}, inferred)` : ''}`);
    }
    return code;
  },
};
