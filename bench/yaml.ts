/**
 * Reading a CloudFormation template written in YAML (`readYaml`, what `typed-iam cdk check` and
 * `readTemplate` do with a `.yaml` template) against reading the same template written in JSON, in
 * the same run: `JSON.parse` alone (the peer), and the JSON reading of a template file (`JSON.parse`
 * plus the pass that finds a key written twice). The template holds every AWS managed policy as an
 * `AWS::IAM::ManagedPolicy` (about 1,400 resources), in block style as people write YAML.
 * Run: npx tsx bench/yaml.ts [trials]   (also run by `npm run bench`). No goal; the figures are in
 * docs/cdk.md (Templates written in YAML).
 */
import { jsonValue } from '../src/cdk/template-text.js';
import { readYaml } from '../src/cdk/yaml.js';
import { managedPolicyDocuments } from './fixtures.js';

const resources: Record<string, unknown> = {};
managedPolicyDocuments().forEach(([name, document], i) => {
  resources[`P${i}${name.replace(/[^A-Za-z0-9]/g, '')}`] = { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: document } };
});
const template = { AWSTemplateFormatVersion: '2010-09-09', Resources: resources };

/** `v` as block-style YAML at `indent`: mappings and sequences in blocks, text quoted as JSON is when YAML would read it otherwise. */
function yaml(v: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(v)) return v.length === 0 ? ' []' : v.map((x) => `\n${pad}-${yaml(x, indent + 2).replace(/^\n\s*/, ' ')}`).join('');
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v);
    return entries.length === 0 ? ' {}' : entries.map(([k, x]) => `\n${pad}${/^[A-Za-z][\w:-]*$/.test(k) ? k : JSON.stringify(k)}:${yaml(x, indent + 2)}`).join('');
  }
  // plain when YAML reads it back as this text: no ":" at the end (a key), no word YAML 1.1 reads as a boolean or null
  if (typeof v === 'string' && /^[A-Za-z](?:[\w:/.*-]*[\w/.*-])?$/.test(v) && !/^(?:yes|no|on|off|true|false|null|y|n)$/i.test(v)) return ` ${v}`;
  return ` ${JSON.stringify(v)}`;
}

const yamlText = yaml(template, 0).slice(1);
const jsonText = JSON.stringify(template, null, 2);
if (JSON.stringify(readYaml(yamlText, 1000).value) !== JSON.stringify(template)) throw new Error('the YAML text does not read as the template');

/** Best (minimum) time of `trials` interleaved runs of each function, in ms. */
function best(trials: number, ...fs: (() => unknown)[]): number[] {
  const min = fs.map(() => Infinity);
  for (let k = 0; k < trials; k++)
    fs.forEach((f, j) => {
      const start = process.hrtime.bigint();
      f();
      min[j] = Math.min(min[j]!, Number(process.hrtime.bigint() - start) / 1e6);
    });
  return min;
}

const trials = Number(process.argv[2] ?? 15);
console.log(`${Object.keys(resources).length} managed policies as one template: YAML ${(yamlText.length / 1e6).toFixed(2)} M characters, JSON ${(jsonText.length / 1e6).toFixed(2)} M; best of ${trials} runs`);
const fs = [() => JSON.parse(jsonText), () => jsonValue(jsonText), () => readYaml(yamlText, 1000)];
best(3, ...fs); // warm up
const [peer, json, ours] = best(trials, ...fs) as [number, number, number];
const row = (label: string, ms: number) => console.log(`${label.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / peer).toFixed(2).padStart(5)}x`);
row('JSON.parse of the JSON template (peer)', peer);
row('JSON template as cdk check reads it', json);
row('YAML template as cdk check reads it (readYaml)', ours);
