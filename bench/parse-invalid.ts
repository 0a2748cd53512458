/**
 * Parse cost of many problems the model's rules find, against as many valid values:
 * `npx tsx bench/parse-invalid.ts [n]` (default 1,000,000). One statement with `n` actions, all
 * valid (`s3:GetObject0`...) or all without a service prefix (`GetObject0`...), as JSON text;
 * then `n` statements with Resource `"*"` or an empty Resource entry. Each case runs in this process once after a
 * warm-up of n/10; CPU time in ms, and how many issues the error reports in full.
 */
import { safeParsePolicy } from '../src/parse/index.js';

const n = Number(process.argv[2] ?? 1_000_000);
const OPTIONS = { kind: 'identity', maxLength: 100_000_000 } as const;

function text(actions: (i: number) => string, count: number): string {
  const list = Array.from({ length: count }, (_, i) => JSON.stringify(actions(i))).join(',');
  return `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[${list}],"Resource":"*"}]}`;
}

function statements(resource: string, count: number): string {
  return `{"Version":"2012-10-17","Statement":[${Array(count).fill(`{"Effect":"Allow","Action":"s3:GetObject","Resource":"${resource}"}`).join(',')}]}`;
}

function time(label: string, make: (count: number) => string): void {
  safeParsePolicy(make(Math.max(1, Math.floor(n / 10))), OPTIONS); // warm up
  const input = make(n);
  const start = process.cpuUsage();
  const r = safeParsePolicy(input, OPTIONS);
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  const issues = r.success ? 0 : r.error.issues.length;
  const last = r.success ? '' : r.error.issues.at(-1)!.message.slice(0, 60);
  console.log(`${label.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  ${String(issues).padStart(4)} issues listed  ${last}`);
}

console.log(`n = ${n.toLocaleString('en-US')}`);
time('valid actions', (c) => text((i) => `s3:GetObject${i}`, c));
time('invalid actions (no service prefix)', (c) => text((i) => `GetObject${i}`, c));
time('statements with Resource "*"', (c) => statements('*', c));
time('statements with an empty Resource', (c) => statements('', c));
