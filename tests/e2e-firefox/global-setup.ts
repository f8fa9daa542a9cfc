/** Builds the Firefox add-on once before the Firefox tests (skip with WAYPOINT_E2E_NO_BUILD=1). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.WAYPOINT_E2E_NO_BUILD) return;
  // Test what ships: without this, vitest's NODE_ENV=test gives a development build (see ../e2e).
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
