// A vitest reporter for scripts/test.mjs: writes the run's unhandled errors (thrown outside any
// test, so vitest's JSON report leaves them out though they fail the run) to the file named by
// TYPED_IAM_UNHANDLED_OUT, as JSON `[{ name, message, stack }]`. test.mjs reads it to say why a
// run whose tests all passed failed, and to tell the z3 oracle's solver crashes from a verdict.
import { writeFileSync } from 'node:fs';

export default class UnhandledErrorsReporter {
  onTestRunEnd(_testModules, unhandledErrors) {
    const out = process.env.TYPED_IAM_UNHANDLED_OUT;
    if (out === undefined || out === '') return;
    const errors = (unhandledErrors ?? []).map((e) => ({
      name: String(e?.name ?? 'Error'),
      message: String(e?.message ?? e),
      stack: String(e?.stack ?? ''),
    }));
    writeFileSync(out, `${JSON.stringify(errors, null, 2)}\n`);
  }
}
