// Packs the package as `npm publish` would, into a folder, and checks the tarball with publint and
// @arethetypeswrong/cli. Shared by `npm run lint` and test/packaging.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, hasBin, missingEntries, root } from './entries.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm pack` into `dir`; returns the tarball path and npm's report (sizes, files). */
export function pack(dir) {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const out = execFileSync(npm, ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [report] = JSON.parse(out);
  return { tarball: join(dir, report.filename), report };
}

/** publint on a tarball; returns problem lines (empty when clean). Pending sources are tolerated. */
export async function runPublint(tarball) {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const buffer = readFileSync(tarball);
  const tarballData = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: tarballData }, strict: true, level: 'suggestion' });
  const binPending = !hasBin();
  return messages
    .filter((m) => !(binPending && m.code === 'FILE_DOES_NOT_EXIST' && m.path[0] === 'bin'))
    .map((m) => `publint ${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
}

/** @arethetypeswrong/cli on a tarball; entries whose source is not written yet are excluded. */
export function runAttw(tarball) {
  const attw = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
  const exclude = missingEntries().map((e) => e.subpath);
  const args = [attw, tarball, '--format', 'ascii', ...(exclude.length > 0 ? ['--exclude-entrypoints', ...exclude] : [])];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`, excluded: exclude };
}

export { BIN };
