/** Builds the Firefox add-on once before the Firefox tests (skip with WAYPOINT_E2E_NO_BUILD=1). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.WAYPOINT_E2E_NO_BUILD) return;
  // NODE_ENV as a release build has it: vitest sets it to 'test', which makes Vite build the
  // development JSX runtime (every element carrying its source file's absolute path).
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
