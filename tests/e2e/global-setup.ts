/** Builds the extension once before the browser tests (skip with WAYPOINT_E2E_NO_BUILD=1). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.WAYPOINT_E2E_NO_BUILD) return;
  // vitest sets NODE_ENV=test, which would make Preact's JSX a development build (with the source
  // files' paths in it): test what ships.
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
