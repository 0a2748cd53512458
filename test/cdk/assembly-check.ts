/**
 * `cdk check` of a synthesised app, as the CLI reads it: the app is synthesised into a folder of its
 * own, read back with readAssembly and each stack checked with stackOptions (the app's other stacks
 * counted in), then the folder is removed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { checkTemplate } from '../../src/cdk/index.js';
import { exportsOf, readAssembly, stackOptions } from '../../src/cdk/assembly.js';

/** The codes among `codes` that `cdk check` finds in each stack of the app `build` makes, by stack name. */
export function checkedAssembly(build: (app: App) => void, codes: readonly string[]): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'typed-iam-assembly-'));
  try {
    const app = new App({ outdir: dir });
    build(app);
    app.synth();
    const stacks = readAssembly(dir);
    const imports = exportsOf(stacks);
    return Object.fromEntries(stacks.map((s) => [s.name, checkTemplate(s.template, stackOptions(s, imports, {})).findings.filter((f) => codes.includes(f.code)).map((f) => f.code)]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
