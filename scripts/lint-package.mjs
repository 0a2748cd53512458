#!/usr/bin/env node
// `npm run lint`: packs the package and checks the tarball with publint and arethetypeswrong.
// Run after `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, hasBin, missingEntries } from './entries.mjs';
import { pack, runAttw, runPublint } from './pack.mjs';

const dir = mkdtempSync(join(tmpdir(), 'typed-iam-lint-'));
try {
  const { tarball, report } = pack(dir);
  console.log(`packed ${report.filename}: ${report.size} bytes packed, ${report.unpackedSize} unpacked, ${report.entryCount} files.`);
  const pending = [...missingEntries().map((e) => e.subpath), ...(hasBin() ? [] : [`bin ${BIN.out}`])];
  if (pending.length > 0) console.log(`not checked (source not written yet): ${pending.join(', ')}`);
  const publint = await runPublint(tarball);
  console.log(publint.length === 0 ? 'publint: no problems.' : publint.join('\n'));
  const attw = runAttw(tarball);
  console.log(attw.output.trim());
  process.exitCode = publint.length === 0 && attw.ok ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
