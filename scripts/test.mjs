// `npm test`: unit and integration tests (Vitest), then end-to-end tests
// (Playwright in Chromium through the browser mode), then one summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const resultsDir = 'test-results';
fs.mkdirSync(resultsDir, { recursive: true });
const unitReport = `${resultsDir}/unit-report.json`;
const e2eReport = `${resultsDir}/e2e-report.json`;
for (const file of [unitReport, e2eReport]) fs.rmSync(file, { force: true });

function step(title, command, args) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const unitOk = step('Unit and integration tests', 'npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`,
]);
const e2eOk = step('End-to-end tests', 'npm', ['run', 'test:e2e']);

const unit = readJson(unitReport);
const e2e = readJson(e2eReport);
let passed = 0;
let failed = 0;
let skipped = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
// A runner that crashed before reporting counts as a failure, never as zero tests.
if (!unit || (!unitOk && unit.numFailedTests === 0)) failed += 1;
if (!e2e || (!e2eOk && e2e.stats.unexpected === 0)) failed += 1;

console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(unitOk && e2eOk && failed === 0 ? 0 : 1);
