/**
 * `npm run lint:firefox`: Mozilla's add-on linter (`web-ext lint`) on the Firefox build in
 * `.output/firefox-mv2`, and on the `zip:firefox` archive when there is one. Fails on any error
 * and on any warning that is not explained below (and in the README's Firefox section).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, '.output/firefox-mv2');
const WEB_EXT = join(ROOT, 'node_modules/.bin/web-ext');

interface Message {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** The text around a message's position in the linted file. */
function around(dir: string, m: Message): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const at = m.column ?? 0;
  return line.slice(Math.max(0, at - 100), at + 100);
}

const EXPLAINED: { code: string; why: string; applies(dir: string, m: Message): boolean }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's renderer, bundled into the pages' shared chunk, assigns innerHTML only for dangerouslySetInnerHTML, which Waypoint never uses",
    applies: (dir, m) =>
      Boolean(m.file?.startsWith('chunks/')) && /innerHTML=\w+\.__html/.test(around(dir, m)),
  },
];

/** Keeps the explanation true: no source file may use dangerouslySetInnerHTML. */
function sourcesUsingInnerHtml(): string[] {
  const found: string[] = [];
  for (const folder of ['components', 'entrypoints', 'lib', 'platform', 'content']) {
    const dir = join(ROOT, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(name)) continue;
      if (/dangerouslySetInnerHTML|\.innerHTML\s*=/.test(readFileSync(join(dir, name), 'utf8')))
        found.push(`${folder}/${name}`);
    }
  }
  return found;
}

function lint(dir: string, label: string): number {
  const run = spawnSync(WEB_EXT, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
  });
  let report: { errors: Message[]; warnings: Message[]; notices: Message[] };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`${label}: web-ext lint gave no report\n${run.stdout}${run.stderr}`);
    return 1;
  }
  let failures = 0;
  for (const m of [...report.errors, ...report.warnings, ...report.notices]) {
    const explained = m._type !== 'error' && EXPLAINED.find((e) => e.code === m.code && e.applies(dir, m));
    const where = m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '';
    if (explained) console.log(`${label}: ${m._type} ${m.code}${where}, explained: ${explained.why}`);
    else if (m._type === 'notice') console.log(`${label}: notice ${m.code}${where}: ${m.message}`);
    else {
      failures++;
      console.error(`${label}: ${m._type} ${m.code}${where}: ${m.message}`);
    }
  }
  console.log(
    `${label}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices; ${failures} unexplained`,
  );
  return failures;
}

if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error('No Firefox build in .output/firefox-mv2: run `npm run build:firefox` first.');
  process.exit(1);
}
let failures = lint(BUILD, 'firefox-mv2');
const zip = readdirSync(join(ROOT, '.output')).find((n) => n.endsWith('-firefox.zip'));
if (zip) {
  const unpacked = mkdtempSync(join(tmpdir(), 'waypoint-firefox-zip-'));
  spawnSync('python3', ['-m', 'zipfile', '-e', join(ROOT, '.output', zip), unpacked], { stdio: 'inherit' });
  failures += lint(unpacked, zip);
  rmSync(unpacked, { recursive: true, force: true });
}
const inner = sourcesUsingInnerHtml();
if (inner.length) {
  console.error(
    `innerHTML or dangerouslySetInnerHTML in ${inner.join(', ')}: the lint explanation no longer holds`,
  );
  failures++;
}
process.exit(failures ? 1 : 0);
