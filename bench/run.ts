/** `npm run bench`: every benchmark, printed. Builds the extension first (skip: BENCH_NO_BUILD=1). */
import { execFileSync } from 'node:child_process';
import { main as browser } from './browser';
import { main as heldout } from './heldout';
import { main as matcher } from './matcher';
import { main as queries } from './queries';
import { main as recognition } from './recognition';
import { main as regionOrder } from './region-order';
import { main as search } from './search';

if (!process.env.BENCH_NO_BUILD) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
search();
console.log();
queries();
regionOrder();
console.log();
await matcher();
console.log();
recognition();
console.log();
heldout();
console.log();
await browser();
