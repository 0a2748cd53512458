import { allow, policy } from 'typed-iam';
import { emitDocument } from '../dist/emit/emit.js';
const N = 1000;
const arn = (i) => `arn:aws:s3:::bucket-${i}/*`;
function plainObject() {
  const Statement = [];
  for (let i = 0; i < N; i++) Statement.push({ Sid: `S${i}`, Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: arn(i), Condition: { StringEquals: { 'aws:PrincipalOrgID': `o-${i}` } } });
  return { Version: '2012-10-17', Statement };
}
const st = []; for (let i = 0; i < N; i++) st.push(allow('s3:GetObject', 's3:PutObject').on(arn(i)).when('StringEquals', 'aws:PrincipalOrgID', `o-${i}`).sid(`S${i}`));
const p = policy.identity(...st);
const doc = p.document ?? p.toDocument?.();
const plain = plainObject();
const emitted = emitDocument(p.document);
const reparsed = JSON.parse(JSON.stringify(plain));
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
function tb(fn, n) { const s = performance.now(); for (let j = 0; j < n; j++) fn(); return (performance.now() - s) / n; }
const fns = [['base', () => JSON.stringify(plainObject())], ['plainObject', plainObject], ['stringify plain', () => JSON.stringify(plain)], ['stringify reparsed', () => JSON.stringify(reparsed)], ['stringify emitted', () => JSON.stringify(emitted)], ['emitDocument', () => emitDocument(p.document)], ['stringify model', () => JSON.stringify(p.document)]];
for (let k = 0; k < 300; k++) for (const [, f] of fns) f();
const res = fns.map(() => []);
for (let r = 0; r < 61; r++) fns.forEach(([, f], i) => res[i].push(tb(f, 5)));
const b = med(res[0]);
fns.forEach(([n], i) => console.log(n.padEnd(20), med(res[i]).toFixed(3), (med(res[i]) / b).toFixed(2)));
const SAFE = /^[^"\\\x00-\x1f\u2028\u2029\ud800-\udfff]*$/;
const q = (s) => (SAFE.test(s) ? '"' + s + '"' : JSON.stringify(s));
function list(v) {
  if (v.length === 1) return q(v[0]);
  const u = v.length === 2 ? (v[0] === v[1] ? [v[0]] : v) : [...new Set(v)];
  if (u.length === 1) return q(u[0]);
  let s = '[' + q(u[0]);
  for (let i = 1; i < u.length; i++) s += ',' + q(u[i]);
  return s + ']';
}
function cond(c) {
  let s = '{';
  let first = true;
  for (const op in c) {
    const b = c[op];
    s += (first ? '' : ',') + q(op) + ':{';
    first = false;
    let f2 = true;
    for (const k in b) { s += (f2 ? '' : ',') + q(k) + ':' + list(b[k]); f2 = false; }
    s += '}';
  }
  return s + '}';
}
function stmt(st) {
  let s = '{';
  if (st.Sid !== undefined) s += '"Sid":' + q(st.Sid) + ',';
  s += '"Effect":"' + st.Effect + '"';
  if (st.Action !== undefined) s += ',"Action":' + list(st.Action);
  if (st.NotAction !== undefined) s += ',"NotAction":' + list(st.NotAction);
  if (st.Resource !== undefined) s += ',"Resource":' + list(st.Resource);
  if (st.NotResource !== undefined) s += ',"NotResource":' + list(st.NotResource);
  if (st.Condition !== undefined) s += ',"Condition":' + cond(st.Condition);
  return s + '}';
}
function direct(doc) {
  let s = '{"Version":"' + doc.Version + '","Statement":[';
  const S = doc.Statement;
  for (let i = 0; i < S.length; i++) s += (i ? ',' : '') + stmt(S[i]);
  s += ']}';
  return s;
}
function direct2(doc) {
  return '{"Version":"' + doc.Version + '","Statement":[' + doc.Statement.map(stmt).join(',') + ']}';
}
console.log(direct(p.document) === JSON.stringify(emitted), direct2(p.document) === JSON.stringify(emitted));
const f2 = [['base', () => JSON.stringify(plainObject())], ['emit+stringify', () => JSON.stringify(emitDocument(p.document))], ['direct', () => direct(p.document).length], ['direct flat', () => { const s = direct(p.document); return s.charCodeAt(s.length >> 1); }], ['direct2 join', () => { const s = direct2(p.document); return s.charCodeAt(s.length >> 1); }]];
for (let k = 0; k < 300; k++) for (const [, f] of f2) f();
const r2 = f2.map(() => []);
for (let r = 0; r < 61; r++) f2.forEach(([, f], i) => r2[i].push(tb(f, 5)));
const b2 = med(r2[0]);
f2.forEach(([n], i) => console.log(n.padEnd(20), med(r2[i]).toFixed(3), (med(r2[i]) / b2).toFixed(2)));
