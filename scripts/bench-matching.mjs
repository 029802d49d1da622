// `npm run bench:matching`: the matching algorithm's targets of issue 4, measured on the pure TypeScript
// functions (no database, no GraphQL). Prints figures; targets are printed, not asserted.
//
// How it runs: `npm run bench:matching` = `tsx scripts/bench-matching.mjs`, so the TypeScript sources in
// libs/matching/src/algorithm are loaded directly (tsx/esbuild emit plain JS of the same speed as tsc; no
// build needed). `BENCH_MATCHING_FROM=dist` loads dist/libs/matching/src/algorithm/index.js instead (after
// `npm run build:server`), e.g. `BENCH_MATCHING_FROM=dist node scripts/bench-matching.mjs`.
//
// Cases (seeded synthetic data, same every run; sizes from the environment):
// 1. rank: one child against BENCH_RANK_FAMILIES (10,000) families, BENCH_RANK_CHILDREN (200) children after
//    BENCH_WARMUP (30) warm-up calls; p50/p95/p99/max. Target p95 < 50 ms.
// 2. batch: assignBatch for BENCH_BATCH_NEEDS (300) children × BENCH_BATCH_FAMILIES (3,000) families,
//    BENCH_BATCH_RUNS (5) runs, scoring included. Target < 2 s, exact.
// 3. batch, dense: the same sizes with every family loosened (specialised approval, ages 0-17, vacancies,
//    siblings) so most pairs are eligible and many children compete for the same families: the hard case
//    for the exact solver.
// To add a case (e.g. a GraphQL-level ranking with the database), push another { name, target, run } to
// CASES; `run` returns the list of timings in ms.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import process from 'node:process';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const env = (name, fallback) => Number.parseInt(process.env[name] ?? String(fallback), 10);
const RANK_FAMILIES = env('BENCH_RANK_FAMILIES', 10000);
const RANK_CHILDREN = env('BENCH_RANK_CHILDREN', 200);
const WARMUP = env('BENCH_WARMUP', 30);
const BATCH_NEEDS = env('BENCH_BATCH_NEEDS', 300);
const BATCH_FAMILIES = env('BENCH_BATCH_FAMILIES', 3000);
const BATCH_RUNS = env('BENCH_BATCH_RUNS', 5);
const SEED = env('BENCH_SEED', 20260315);
const TODAY = '2026-03-15';

async function load() {
  if (process.env.BENCH_MATCHING_FROM === 'dist') {
    const require = createRequire(import.meta.url);
    const dir = resolve(ROOT, 'dist/libs/matching/src/algorithm');
    return { ...require(`${dir}/index.js`), ...require(`${dir}/random-instances.js`) };
  }
  // tsx loads the sources as CommonJS; depending on how it is started the named exports sit on the
  // namespace or on its `default`.
  const named = (ns) =>
    typeof ns.rank === 'function' || typeof ns.randomTools === 'function' ? ns : ns.default;
  const algorithm = named(await import('../libs/matching/src/algorithm/index.ts'));
  const random = named(await import('../libs/matching/src/algorithm/random-instances.ts'));
  return { ...algorithm, ...random };
}

const m = await load();

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(times) {
  const s = [...times].sort((a, b) => a - b);
  const f = (x) => x.toFixed(1).padStart(7);
  return `p50 ${f(percentile(s, 50))} ms  p95 ${f(percentile(s, 95))} ms  p99 ${f(percentile(s, 99))} ms  max ${f(s[s.length - 1])} ms  (n=${s.length})`;
}

function loosen(family) {
  return {
    ...family,
    approvalTypes: ['SPECIALISERET'],
    vacancies: 3,
    ageMin: 0,
    ageMax: 17,
    takesSiblings: true,
    familyPreferences: { ...family.familyPreferences, needsExcluded: [], siblings: true },
    consultantAssessment: { ...family.consultantAssessment, needsExcluded: null, siblings: null },
  };
}

const CASES = [
  {
    name: `rank: 1 child × ${RANK_FAMILIES} families`,
    target: 'p95 < 50 ms',
    run() {
      const t = m.randomTools(SEED);
      const families = m.randomFamilies(t, RANK_FAMILIES, { today: TODAY });
      const ids = families.map((f) => f.id);
      const needs = m.randomNeeds(t, WARMUP + RANK_CHILDREN, { today: TODAY, familyIds: ids });
      const times = [];
      let returned = 0;
      needs.forEach((need, k) => {
        const started = performance.now();
        const ranked = m.rank(need, families, m.DEFAULT_WEIGHTS, TODAY, 50);
        const ms = performance.now() - started;
        if (k >= WARMUP) {
          times.push(ms);
          returned += ranked.length;
        }
      });
      return {
        times,
        note: `${(returned / RANK_CHILDREN).toFixed(1)} families returned per child (limit 50)`,
      };
    },
  },
  ...[false, true].map((dense) => ({
    name: `batch${dense ? ', dense' : ''}: ${BATCH_NEEDS} children × ${BATCH_FAMILIES} families, exact`,
    target: 'each run < 2000 ms',
    run() {
      const t = m.randomTools(SEED + (dense ? 2 : 1));
      let families = m.randomFamilies(t, BATCH_FAMILIES, { today: TODAY });
      if (dense) families = families.map(loosen);
      const ids = families.map((f) => f.id);
      const times = [];
      let last;
      for (let r = 0; r < BATCH_RUNS; r++) {
        const needs = m.randomNeeds(t, BATCH_NEEDS, { today: TODAY, familyIds: ids });
        const started = performance.now();
        last = m.assignBatch(needs, families, m.DEFAULT_WEIGHTS, TODAY);
        times.push(performance.now() - started);
      }
      const network = last.assignments.filter((a) => a.network).length;
      return {
        times,
        note:
          `last run: ${last.assignments.length} assigned (${network} to network families), ` +
          `${last.unassigned.length} unassigned, total score ${last.totalScore.toFixed(1)}`,
      };
    },
  })),
];

console.log(
  `Matching algorithm benchmark (${process.env.BENCH_MATCHING_FROM === 'dist' ? 'dist build' : 'tsx, sources'}; ` +
    `Node ${process.version}, seed ${SEED})`,
);
for (const c of CASES) {
  const { times, note } = c.run();
  console.log(`\n${c.name}\n  ${summary(times)}\n  target: ${c.target}\n  ${note}`);
}
