// @doyensec/electronegativity over the Electron sources and the built bundles and page: every finding
// must carry a justification in a comment beside the code it points at
// ("electronegativity-justified: CHECK_NAME" within the five lines above it).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

/** Where each scanned folder came from, so a finding points back at the file we keep. */
const INPUTS: Record<string, string> = {
  src: join(ROOT, 'electron'),
  app: join(ROOT, 'build/out/app'),
  renderer: join(ROOT, 'build/out/renderer'),
};

it('finds nothing that is not justified beside the code', () => {
  const work = mkdtempSync(join(tmpdir(), 'wardbook-eneg-'));
  const input = join(work, 'input');
  for (const [name, from] of Object.entries(INPUTS)) {
    expect(existsSync(from), `${from}: run npm run build first`).toBe(true);
    cpSync(from, join(input, name), { recursive: true, filter: (f) => !f.endsWith('.map') });
  }
  const sarif = join(work, 'findings.sarif');
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js'),
      ...['-i', input, '-o', sarif, '-r', '-v', 'false', '-e', '45.4.1'],
    ],
    { cwd: work, encoding: 'utf8' },
  );
  expect(r.status, r.stderr).toBe(0);
  // SARIF rather than CSV: the tool's CSV breaks on samples with quotes and line breaks.
  const report = JSON.parse(readFileSync(sarif, 'utf8')) as {
    runs: {
      results: {
        ruleId: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      }[];
    }[];
  };
  const unjustified: string[] = [];
  for (const finding of report.runs.flatMap((run) => run.results)) {
    const { artifactLocation, region } = finding.locations[0]!.physicalLocation;
    const [dir, ...rest] = artifactLocation.uri.split(/[\\/]/);
    const lines = readFileSync(join(INPUTS[dir!]!, ...rest), 'utf8').split('\n');
    const above = lines.slice(Math.max(0, region.startLine - 6), region.startLine).join('\n');
    if (!above.includes(`electronegativity-justified: ${finding.ruleId}`))
      unjustified.push(`${finding.ruleId} ${artifactLocation.uri}:${region.startLine}`);
  }
  expect(unjustified).toEqual([]);
}, 300_000);
