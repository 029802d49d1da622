// `npm run bench`: run every `bench:*` script from package.json one after the other (benchmarks must not
// compete for the two cores), print each one's output and a closing summary. Exits non-zero when one fails.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const names = Object.keys(pkg.scripts ?? {})
  .filter((name) => name.startsWith('bench:'))
  .sort();

if (names.length === 0) {
  console.log('No bench:* scripts in package.json.');
  process.exit(0);
}

function run(name) {
  return new Promise((res) => {
    const child = spawn('npm', ['run', '--silent', name], { cwd: root, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    process.once('SIGINT', forward);
    process.once('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      res(signal ? 128 : (code ?? 1));
    });
  });
}

const results = [];
for (const name of names) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const code = await run(name);
  results.push({ name, code, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\n=== bench summary ===');
for (const r of results) console.log(`${r.code === 0 ? 'ok    ' : 'FAILED'} ${r.name} (${r.seconds} s)`);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
