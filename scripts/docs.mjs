#!/usr/bin/env node
// `npm run docs`: the TypeDoc API reference of every public entry into docs/api/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { missingEntries, presentEntries, root } from './entries.mjs';

const entries = presentEntries().map((e) => e.src);
const missing = missingEntries();
if (missing.length > 0) console.log(`docs: skipped, source not written yet: ${missing.map((e) => e.subpath).join(', ')}`);
const args = [
  join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'),
  '--tsconfig', 'tsconfig.build.json',
  '--out', 'docs/api',
  '--name', 'typed-iam',
  '--readme', 'README.md',
  '--excludePrivate',
  '--excludeInternal',
  '--skipErrorChecking',
  '--treatWarningsAsErrors', 'false',
  '--logLevel', 'Warn',
  ...entries.flatMap((e) => ['--entryPoints', e]),
];
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
if (r.status === 0) console.log('docs: API reference written to docs/api/index.html');
process.exit(r.status ?? 1);
