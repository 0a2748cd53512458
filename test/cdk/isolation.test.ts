/** aws-cdk-lib is loaded by typed-iam/cdk only: no other entry reaches it (needs a built dist/). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { presentEntries, root } from '../../scripts/entries.mjs';

const others = presentEntries().filter((e) => e.subpath !== './cdk' && !e.subpath.startsWith('./vitest'));

describe('aws-cdk-lib stays out of the other entries', () => {
  it.each(others.map((e) => [e.subpath, e.out]))('%s (ESM): the bundle has no input from aws-cdk-lib or constructs', async (_subpath, out) => {
    const result = await build({
      entryPoints: [join(root, 'dist', `${out}.js`)],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((i) => /node_modules[\\/](aws-cdk-lib|constructs)[\\/]/.test(i))).toEqual([]);
  });

  it("require('typed-iam') (CommonJS) loads no module of aws-cdk-lib; require('typed-iam/cdk') does", () => {
    const script = (entry: string) =>
      `require(${JSON.stringify(join(root, 'dist', 'cjs', entry))}); console.log(Object.keys(require.cache).filter((k) => /[\\\\/]aws-cdk-lib[\\\\/]/.test(k)).length)`;
    expect(Number(execFileSync(process.execPath, ['-e', script('index.js')], { encoding: 'utf8' }).trim())).toBe(0);
    expect(Number(execFileSync(process.execPath, ['-e', script('cdk/index.js')], { encoding: 'utf8' }).trim())).toBeGreaterThan(0);
  }, 60_000);
});
