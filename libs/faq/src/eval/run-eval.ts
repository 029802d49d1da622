// The answer-quality evaluation behind `npm run eval:faq` (scripts/eval-faq.mjs starts a fresh embedded
// PostgreSQL, migrates it and runs this with DATABASE_URL). Seeds the real knowledge base, asks every question
// of the dev set (questions.json, the one the search was tuned on) and of the held-out set (heldout.json,
// never tuned on) through the real FaqAnswerService, and prints top-1 / top-3 accuracy, out-of-scope
// rejection and verdict counts per set, with the dev set's misses (held-out misses only with
// EVAL_FAQ_HELDOUT_MISSES=1, so tuning does not drift towards them); then adds synthetic filler entries up to
// 1,000 and measures both sets again and the latency (p50/p95/p99) of ask().
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadDatabaseConfig, loadFaqEvalOptions } from '../../../core/src/config/app-config';
import { dataSourceOptions } from '../../../core/src/database/data-source-options';
import { FaqAnswerService, FaqVerdict, VERDICT_THRESHOLDS } from '../faq-answer.service';
import { SEARCH_TUNING } from '../search/faq-search';
import { fillers } from '../seed/faq-fillers';
import { insertFaqEntries, seedFaq } from '../seed/faq-seed';

interface EvalQuestion {
  q: string;
  key: string | null;
}

const print = (line: string) => process.stdout.write(`${line}\n`);

/** EVAL_FAQ_DUMP=<file>: the dev set's answers and scores as JSON, for calibrating the verdict thresholds. */
const options = loadFaqEvalOptions();
const dump: { label: string; key: string | null; got: string[]; scores: number[] }[] | null = options.dump
  ? []
  : null;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function evaluate(
  answers: FaqAnswerService,
  municipalityId: string,
  questions: EvalQuestion[],
  label: string,
  brief = false,
  showMisses = true,
) {
  let top1 = 0;
  let top3 = 0;
  let inScope = 0;
  let rejected = 0;
  let outOfScope = 0;
  let confidentRight = 0;
  let confidentWrong = 0;
  const verdicts: Record<string, number> = {};
  const misses: string[] = [];
  const times: number[] = [];
  for (const { q, key } of questions) {
    const t0 = performance.now();
    const a = await answers.ask(municipalityId, q);
    times.push(performance.now() - t0);
    const got = [a.best, ...a.runnersUp].filter((c) => c !== null).map((c) => c!.entry.key);
    // Calibration aid: every dev answer with its scores (never the held-out set's).
    if (dump && label.startsWith('DEV'))
      dump.push({
        label,
        key,
        got,
        scores: [a.best, ...a.runnersUp].filter((c) => c !== null).map((c) => c!.confidence),
      });
    if (key === null) {
      outOfScope++;
      if (a.verdict === FaqVerdict.NOT_CONFIDENT) rejected++;
      else misses.push(`  OOS  "${q}" → ${a.verdict} ${got[0]} (${a.best?.confidence})`);
      continue;
    }
    inScope++;
    verdicts[a.verdict] = (verdicts[a.verdict] ?? 0) + 1;
    if (got[0] === key) top1++;
    if (got.includes(key)) top3++;
    if (a.verdict === FaqVerdict.CONFIDENT) {
      if (got[0] === key) confidentRight++;
      else confidentWrong++;
    }
    if (got[0] !== key)
      misses.push(
        `  MISS "${q}" want ${key} got ${got.map((g, i) => `${g}(${[a.best, ...a.runnersUp][i]?.confidence})`).join(', ') || 'nothing'} [${a.verdict}]`,
      );
  }
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)} % (${n}/${d})`;
  if (brief) {
    print(
      `${label}: top-1 ${pct(top1, inScope)}, top-3 ${pct(top3, inScope)}, rejected ${pct(rejected, outOfScope)}, confident-wrong ${confidentWrong}`,
    );
    return times;
  }
  print(`\n== ${label}`);
  print(`top-1 accuracy:         ${pct(top1, inScope)}   target ≥ 90 %`);
  print(`top-3 accuracy:         ${pct(top3, inScope)}`);
  print(`out-of-scope rejected:  ${pct(rejected, outOfScope)}   target ≥ 80 %`);
  print(
    `in-scope verdicts:      ${Object.entries(verdicts)
      .map(([v, n]) => `${v} ${n}`)
      .join(', ')}; CONFIDENT and right ${confidentRight}, CONFIDENT and wrong ${confidentWrong}`,
  );
  if (showMisses) print(`misses (${misses.length}):\n${misses.join('\n')}`);
  else print(`misses (${misses.length}): not shown (EVAL_FAQ_HELDOUT_MISSES=1 shows them)`);
  return times;
}

async function main() {
  const ds = await new DataSource(dataSourceOptions(loadDatabaseConfig())).initialize();
  try {
    const [{ id: municipalityId }] = await ds.query(
      `INSERT INTO municipality (code, name, phone) VALUES ('990', 'Evalueringskommune', '70 10 20 30') RETURNING id`,
    );
    await seedFaq(ds, [municipalityId]);
    const load = (file: string) =>
      (JSON.parse(readFileSync(resolve(__dirname, file), 'utf8')) as { questions: EvalQuestion[] }).questions;
    const questions = load('questions.json');
    const heldout = load('heldout.json');
    const showHeldoutMisses = options.heldoutMisses;
    const answers = new FaqAnswerService(ds);
    const count = async () =>
      Number(
        (
          await ds.query(`SELECT count(*)::int AS n FROM faq_entry WHERE municipality_id = $1`, [
            municipalityId,
          ])
        )[0].n,
      );
    const describe = (qs: EvalQuestion[]) =>
      `${qs.filter((q) => q.key).length} in scope, ${qs.filter((q) => !q.key).length} out of scope`;
    print(
      `dev set (questions.json, tuned on): ${describe(questions)}; held-out set (heldout.json, never tuned on): ${describe(heldout)}\n` +
        `thresholds ${JSON.stringify(VERDICT_THRESHOLDS)}`,
    );
    if (options.ask) {
      // Debugging aid: one question and its top candidates.
      const a = await answers.ask(municipalityId, options.ask);
      print(
        JSON.stringify([a.verdict, ...[a.best, ...a.runnersUp].map((c) => [c?.entry.key, c?.confidence])]),
      );
      return;
    }
    if (options.sweep) {
      // Tuning aid: one summary line per variant of the knobs (JSON array of partial SEARCH_TUNING).
      const base = { ...SEARCH_TUNING };
      for (const variant of JSON.parse(options.sweep) as Partial<typeof SEARCH_TUNING>[]) {
        Object.assign(SEARCH_TUNING, base, variant);
        await evaluate(answers, municipalityId, questions, JSON.stringify(variant), true);
      }
      return;
    }
    await evaluate(answers, municipalityId, questions, `DEV, ${await count()} entries`);
    await evaluate(
      answers,
      municipalityId,
      heldout,
      `HELD-OUT, ${await count()} entries`,
      false,
      showHeldoutMisses,
    );

    if (options.quick) return;
    const n = await count();
    const total = options.entries;
    await ds.transaction((em) => insertFaqEntries(em, municipalityId, fillers(Math.max(0, total - n))));
    for (let i = 0; i < 20; i++) await answers.ask(municipalityId, questions[i].q); // warm-up
    const times = await evaluate(
      answers,
      municipalityId,
      questions,
      `DEV, ${total} entries (synthetic fillers added)`,
    );
    times.push(
      ...(await evaluate(
        answers,
        municipalityId,
        heldout,
        `HELD-OUT, ${total} entries (synthetic fillers added)`,
        false,
        showHeldoutMisses,
      )),
    );
    const more: number[] = [];
    for (let round = 0; round < 2; round++)
      for (const { q } of [...questions, ...heldout]) {
        const t0 = performance.now();
        await answers.ask(municipalityId, q);
        more.push(performance.now() - t0);
      }
    const sorted = [...times, ...more].sort((a, b) => a - b);
    print(
      `\nask() latency with ${total} entries over ${sorted.length} calls: p50 ${percentile(sorted, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms ` +
        `(service only; the bot's target is p95 < 150 ms end to end)`,
    );
    if (dump) writeFileSync(options.dump!, JSON.stringify(dump));
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
