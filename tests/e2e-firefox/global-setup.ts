/** Builds the Firefox add-on once before the Firefox tests (skip with WAYPOINT_E2E_NO_BUILD=1). */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.WAYPOINT_E2E_NO_BUILD) return;
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
}
