/**
 * `npm run bench:exit`: the exit's two latency bars only (issue 15), warm, in Chromium, with the
 * machine's load average. `BENCH_AB=dirA,dirB` runs alternating rounds against two builds (each
 * a `.output/chrome-mv3` copy) to compare them under the same load.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { ms } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const PER_ROUND = Number(process.env.BENCH_RUNS ?? 20);

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** One round in a child process (the harness reads its build's folder when it loads). */
async function round(): Promise<void> {
  const { launch } = await import('../tests/e2e/harness');
  const { benchPanic } = await import('./browser');
  const h = await launch({ timezoneId: 'America/Toronto' });
  try {
    // One exit first, not counted: the worker and the browser's tab machinery warm up.
    await benchPanic(h, false, 1);
    const before = load();
    const r = await benchPanic(h, false, PER_ROUND);
    const fig = (f: { median: number; p95: number }) => `median ${ms(f.median)}, p95 ${ms(f.p95)}`;
    console.log(
      `  build ${process.env.WAYPOINT_EXT_DIR ?? '.output/chrome-mv3'}, ${r.runs} exits, key held ${process.env.BENCH_HOLD_MS ?? 0} ms, load average ${before} → ${load()}`,
    );
    console.log(`    firing key (third keyup) → neutral page navigation start: ${fig(r.neutralFromFire)}`);
    console.log(`    firing key → last help tab closed (in the worker): ${fig(r.tabsClosedInWorker)}`);
    console.log(
      `    (on the way: message in the worker ${fig(r.messageInWorker)}; neutral tab created ${fig(r.createdInWorker)})`,
    );
  } finally {
    await h.close();
  }
}

if (process.env.BENCH_EXIT_ROUND) await round();
else {
  if (!process.env.BENCH_NO_BUILD) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const builds = process.env.BENCH_AB?.split(',') ?? [undefined];
  console.log(`Panic exit, warm, Chromium (bars: ≤ 10 ms and ≤ 130 ms medians); ${ROUNDS} round(s):`);
  for (let i = 0; i < ROUNDS; i++)
    for (const dir of builds)
      execFileSync('npx', ['tsx', 'bench/exit.ts'], {
        stdio: 'inherit',
        env: { ...process.env, BENCH_EXIT_ROUND: '1', ...(dir ? { WAYPOINT_EXT_DIR: dir } : {}) },
      });
}
