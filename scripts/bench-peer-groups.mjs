// `npm run bench:peer-groups`: proposing peer groups for BENCH_PEER_CHILDREN (2,000) eligible children, measured
// on the pure TypeScript composition (no database). Seeded synthetic children around Aarhus, ages 6-17,
// BENCH_PEER_MUST_NOT (50) must-not pairs, BENCH_PEER_EARLIER (250) earlier groups of six as earlier mates,
// 5 % without a known home; group size 8. BENCH_PEER_RUNS (7) runs on different seeds after one warm-up run.
// Prints time p50/max and verifies every hard rule of every run's output (checkComposition from the library):
// "constraints held: yes" only when no rule broke and nobody was left out. Target: under 1 s.
// Runs through tsx (`tsx scripts/bench-peer-groups.mjs`), so the TypeScript sources load without a build.
import { resolve } from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const env = (name, fallback) => Number.parseInt(process.env[name] ?? String(fallback), 10);
const CHILDREN = env('BENCH_PEER_CHILDREN', 2000);
const MUST_NOT = env('BENCH_PEER_MUST_NOT', 50);
const EARLIER = env('BENCH_PEER_EARLIER', 250);
const RUNS = env('BENCH_PEER_RUNS', 7);
const GROUP_SIZE = env('BENCH_PEER_GROUP_SIZE', 8);

const { proposeGroups, randomInstance, checkComposition } = await import(
  resolve(ROOT, 'libs/peer-groups/src/composition/index.ts')
);

const instance = (seed) =>
  randomInstance(seed, {
    children: CHILDREN,
    groupSize: GROUP_SIZE,
    mustNotPairs: MUST_NOT,
    earlierGroups: EARLIER,
    earlierGroupSize: 6,
    unknownLocation: 0.05,
  });

proposeGroups(instance(999));
const times = [];
let held = true;
let mates = 0;
let spread = 0;
let groups = 0;
for (let run = 1; run <= RUNS; run++) {
  const input = instance(run);
  const t0 = performance.now();
  const result = proposeGroups(input);
  times.push(performance.now() - t0);
  const problems = checkComposition(input, result);
  if (problems.length || result.unplaced.length) {
    held = false;
    console.log(
      `run ${run}: ${problems.length} broken rules, ${result.unplaced.length} left out`,
      problems.slice(0, 5),
    );
  }
  mates += result.groups.reduce((s, g) => s + g.earlierMatePairs, 0);
  spread += result.groups.reduce((s, g) => s + (g.ageMax - g.ageMin), 0);
  groups += result.groups.length;
}
times.sort((a, b) => a - b);
const p50 = times[Math.floor((times.length - 1) / 2)];
const max = times[times.length - 1];
console.log(
  `bench:peer-groups  ${CHILDREN} children, ${MUST_NOT} must-not pairs, ${EARLIER} earlier groups, size ${GROUP_SIZE}, ${RUNS} runs`,
);
console.log(
  `  time p50 ${p50.toFixed(0)} ms, max ${max.toFixed(0)} ms (target < 1000 ms): ${max < 1000 ? 'met' : 'MISSED'}`,
);
console.log(
  `  groups per run ${(groups / RUNS).toFixed(0)}, mean age spread ${(spread / groups).toFixed(2)} years, earlier-mate pairs kept together per run ${(mates / RUNS).toFixed(1)}`,
);
console.log(`  constraints held: ${held ? 'yes' : 'NO'}`);
if (!held) process.exitCode = 1;
