// Prints one closing line for the whole suite ("N passed, N failed, N skipped") from the JSON
// reports vitest and Playwright wrote, so CI can read the outcome of both runners at once.
import { existsSync, readFileSync } from 'node:fs';

const read = (p) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);
let passed = 0,
  failed = 0,
  skipped = 0;
const v = read('build/out/test-results/vitest.json');
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + v.numTodoTests;
}
const p = read('build/out/test-results/playwright.json');
if (p) {
  passed += p.stats.expected;
  failed += p.stats.unexpected + p.stats.flaky;
  skipped += p.stats.skipped;
}
if (!v) {
  failed += 1;
  console.log('vitest wrote no report');
}
if (!p) {
  failed += 1;
  console.log('playwright wrote no report');
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
