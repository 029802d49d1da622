// `npm run bench:bot`: how fast the Teams bot answers a question, from the activity in to the reply out.
// Throwaway embedded PostgreSQL + redis-server, migrations, demo seed, the real knowledge base (seedFaq) plus
// synthetic entries up to BENCH_BOT_ENTRIES (1,000) in Aarhus, then the built bot app (dist/apps/bot) as a child
// process. Without Azure credentials the bot only runs outside NODE_ENV=production (it refuses to start there
// without an app registration), so it runs as NODE_ENV=development with LOG_LEVEL=warn: the same compiled code,
// no Bot Connector token check. Each question is a POST /api/messages with `deliveryMode: "expectReplies"` (the
// reply comes back in the response body), so the time measured is the whole turn: activity gate (Redis),
// link lookup, FaqAskService.ask (search + question log) and the card. BENCH_BOT_QUESTIONS (500) sequential
// questions after 30 warm-up questions, drawn from the FAQ evaluation set (paraphrases, typos, out of scope),
// each from its own unlinked Teams user (no rate limit in the way). Target p95 < 150 ms; printed, not asserted.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { freePort } from './infra.mjs';
import {
  createBench,
  envInt as env,
  fmtMs as f,
  machineBusy,
  mark,
  DIST,
  ROOT,
  summary,
  timed,
  waitForHttp,
} from './bench-support.mjs';

const ENTRIES = env('BENCH_BOT_ENTRIES', 1000);
const QUESTIONS = env('BENCH_BOT_QUESTIONS', 500);
const WARMUP = 30;
const TARGET_P95_MS = 150;
const DATA_DIR = resolve(ROOT, '.data/bench-bot');
const BOT_DIST = {
  migrate: DIST.migrate,
  seed: DIST.seed,
  bot: resolve(ROOT, 'dist/apps/bot/src/main.js'),
  faqSeed: resolve(ROOT, 'dist/libs/faq/src/seed/faq-seed.js'),
  faqFillers: resolve(ROOT, 'dist/libs/faq/src/seed/faq-fillers.js'),
  entities: resolve(ROOT, 'dist/libs/core/src/database/entities.js'),
};
const bench = createBench('bench:bot');
const { log } = bench;

/** The real entries for every municipality, then fillers in Aarhus up to `total`, through the built FAQ seed. */
async function seedKnowledgeBase(databaseUrl, total) {
  const require = createRequire(import.meta.url);
  const { DataSource } = require('typeorm');
  const { ENTITIES } = require(BOT_DIST.entities);
  const { seedFaq, insertFaqEntries } = require(BOT_DIST.faqSeed);
  const { fillers } = require(BOT_DIST.faqFillers);
  const ds = await new DataSource({ type: 'postgres', url: databaseUrl, entities: ENTITIES }).initialize();
  try {
    await seedFaq(ds);
    const [{ id }] = await ds.query(`SELECT id FROM municipality WHERE code = '751'`);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM faq_entry WHERE municipality_id = $1`, [
      id,
    ]);
    await ds.transaction((em) => insertFaqEntries(em, id, fillers(Math.max(0, total - n))));
    await ds.query('ANALYZE');
    const [{ entries }] = await ds.query(
      `SELECT count(*)::int AS entries FROM faq_entry WHERE municipality_id = $1 AND status = 'ACTIVE'`,
      [id],
    );
    return entries;
  } finally {
    await ds.destroy();
  }
}

function evaluationQuestions() {
  const read = (file) =>
    JSON.parse(readFileSync(resolve(ROOT, 'libs/faq/src/eval', file), 'utf8')).questions.map((q) => q.q);
  return [...read('questions.json'), ...read('heldout.json')];
}

let sequence = 0;

/** One question from its own unlinked Teams user; resolves to the verdict-ish kind of reply. */
async function ask(botUrl, text) {
  sequence += 1;
  const response = await fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `bench-${sequence}`,
      text,
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      from: { id: `29:bench-user-${sequence}` },
      recipient: { id: '28:bench-bot' },
      conversation: { id: `a:bench-${sequence}`, conversationType: 'personal' },
      locale: 'da-DK',
      deliveryMode: 'expectReplies',
    }),
  });
  const body = await response.json();
  const reply = body.activities?.[0];
  if (!response.ok || !reply) throw new Error(`no reply (HTTP ${response.status})`);
  const card = JSON.stringify(reply.attachments?.[0]?.content ?? {});
  if (card.includes('"faq.rate"')) return 'answer';
  if (card.includes('"faq.pick"')) return 'candidates';
  if (card.includes('"faq.consultant"')) return 'human route';
  // Not an answer (e.g. a pool question that is a command word): counted, and printed with the figures.
  return 'other';
}

await bench.run(async () => {
  bench.build(BOT_DIST);
  const { databaseUrl, redisUrl } = await bench.startInfra(DATA_DIR);
  const botPort = await freePort();
  const childEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    BOT_PORT: String(botPort),
    BOT_DEFAULT_MUNICIPALITY_CODE: '751',
    BOT_MESSAGES_PER_MINUTE: '1000',
    SEED: 'demo',
  };
  bench.runNode([BOT_DIST.migrate], childEnv, 'migrations', { quiet: true });
  bench.runNode([BOT_DIST.seed], childEnv, 'demo seed', { quiet: true });
  const entries = await seedKnowledgeBase(databaseUrl, ENTRIES);
  log(`knowledge base: ${entries} active entries in Aarhus`);

  const child = bench.spawnChild([BOT_DIST.bot], childEnv);
  const botUrl = `http://127.0.0.1:${botPort}`;
  await waitForHttp(`${botUrl}/health/ready`, child, 60000);

  const pool = evaluationQuestions();
  for (let i = 0; i < WARMUP; i += 1) await ask(botUrl, pool[i % pool.length]);
  const load = await machineBusy();
  const latencies = [];
  const kinds = new Map();
  for (let i = 0; i < QUESTIONS; i += 1) {
    let kind = '';
    latencies.push(
      await timed(async () => {
        kind = await ask(botUrl, pool[(i * 7) % pool.length]);
      }),
    );
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const s = summary(latencies);
  log(
    `machine busy before the run: ${(load * 100).toFixed(0)} % of ${(await import('node:os')).cpus().length} cores`,
  );
  log(`replies: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  log(`answer latency, activity in to reply out (${s.n} questions, ${entries} entries, sequential):`);
  log(`  p50 ${f(s.p50)}   p95 ${f(s.p95)}   p99 ${f(s.p99)}   max ${f(s.max)}`);
  log(`  target p95 < ${TARGET_P95_MS} ms: ${mark(s.p95 < TARGET_P95_MS)}`);
  log(`machine busy after the run: ${((await machineBusy()) * 100).toFixed(0)} %`);
});
