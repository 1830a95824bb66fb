// Compile time: the embedded pack, and a full-scale compile (about 4,000 openFDA label records, a few hundred
// SPL documents and local Markdown monographs beside the embedded sources), each in a fresh process; wall and
// CPU time, so a busy machine shows as wall time alone. Also the readers alone, per input kind.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildPack } from '../../data/compiler/buildPack.ts';
import { readOpenFdaFiles, readSplDir } from '../../data/compiler/labels/index.ts';
import { parseMonograph, readLocalMonographDir } from '../../shared/markdownMonograph/parseMonograph.ts';
import { streamTsv } from '../../data/compiler/delimited.ts';
import { ROOT } from '../support/paths.ts';

const GENERATOR_VERSION = '1';
const OPENFDA_RECORDS = 4000;
const SPL_COPIES = 10;
const LOCAL_COPIES = 20;
const DATA = resolve(ROOT, 'data');
const run = promisify(execFile);

/** CPU ms per 10,000 characters of one Markdown line, at 10k and 200k characters: equal when linear. */
export function markdownLineCost(): Record<string, { at10k: number; at200k: number }> {
  const lines: Record<string, string> = { prose: 'word ', links: '[a](b ', emphasis: '*a _b ', pipes: '| a ' };
  const cost = (unit: string, chars: number): number => {
    const text = `# D\n\n## Precautions\n\n${unit.repeat(Math.ceil(chars / unit.length))}`;
    const runs = Math.max(1, Math.round(200_000 / chars));
    const ms = timed(() => {
      for (let i = 0; i < runs; i++) parseMonograph(text);
    });
    return Math.round((ms / runs / (chars / 10_000)) * 100) / 100;
  };
  parseMonograph('# D\n\n## Precautions\n\nwarm-up *a* [b](c)');
  return Object.fromEntries(
    Object.entries(lines).map(([name, unit]) => [name, { at10k: cost(unit, 10_000), at200k: cost(unit, 200_000) }]),
  );
}

export interface CompileFigures {
  embedded: { wallMs: number; cpuMs: number };
  full: { wallMs: number; cpuMs: number; openFdaRecords: number; splDocuments: number; localFiles: number };
  /** CPU milliseconds of each reader alone, in this process. */
  readers: { splMs: number; openFdaMs: number; markdownMs: number; tsvMs: number };
  markdownLine: ReturnType<typeof markdownLineCost>;
}

/** Synthetic full-scale inputs from the real ones (record ids made unique), made once per generator version. */
function fullScaleInputs(dir: string): { openFda: string; spl: string; local: string } {
  const paths = {
    openFda: join(dir, 'drug-label-0001-of-0001.json'),
    spl: join(dir, 'spl'),
    local: join(dir, 'local'),
  };
  const stamp = join(dir, 'GENERATOR');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === GENERATOR_VERSION) return paths;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(paths.spl, { recursive: true });
  mkdirSync(paths.local, { recursive: true });
  const medguard = gunzipSync(readFileSync(join(DATA, 'sources/labels/openfda-medguard-875/openfda-medguard.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  // Bulk records keep their fields at the top level and the openfda block under "openfda".
  const results = Array.from({ length: OPENFDA_RECORDS }, (_, i) => {
    const r = medguard[i % medguard.length]!;
    return { ...(r.sections as object), openfda: r.openfda_meta, set_id: [`bench-${i}`], effective_time: ['20240101'] };
  });
  writeFileSync(paths.openFda, JSON.stringify({ meta: {}, results }));
  const splFiles = [
    ...readdirSync(join(DATA, 'sources/labels/dailymed-spl-xml-21'))
      .filter((f) => f.endsWith('.xml.gz'))
      .map((f) => gunzipSync(readFileSync(join(DATA, 'sources/labels/dailymed-spl-xml-21', f))).toString('utf8')),
    ...['cough.xml', 'humira.xml', 'lipitor-orig.xml'].map((f) =>
      readFileSync(join(ROOT, 'tests/fixtures/spl', f), 'utf8'),
    ),
  ];
  for (let copy = 0; copy < SPL_COPIES; copy++)
    splFiles.forEach((xml, i) => {
      writeFileSync(join(paths.spl, `${copy}-${i}.xml`), xml.replace(/<setId root="/, `<setId root="${copy}-`));
    });
  const fixtures = join(ROOT, 'tests/fixtures/local-monographs');
  for (let copy = 0; copy < LOCAL_COPIES; copy++)
    for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.md')))
      writeFileSync(join(paths.local, `${copy}-${f}`), readFileSync(join(fixtures, f)));
  writeFileSync(stamp, GENERATOR_VERSION);
  return paths;
}

function timed(fn: () => unknown): number {
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return Math.round((used.user + used.system) / 1000);
}

async function timedAsync(fn: () => Promise<unknown>): Promise<number> {
  const cpu = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(cpu);
  return Math.round((used.user + used.system) / 1000);
}

async function compileOnce(args: string[]): Promise<{ wallMs: number; cpuMs: number }> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--compile', ...args],
    {
      maxBuffer: 1e8,
    },
  );
  return JSON.parse(stdout) as { wallMs: number; cpuMs: number };
}

export async function measureCompile(workDir: string): Promise<CompileFigures> {
  const inputs = fullScaleInputs(join(workDir, 'compile-inputs'));
  const embedded = await compileOnce([]);
  const full = await compileOnce([inputs.openFda, inputs.spl, inputs.local]);
  const readers = {
    splMs: timed(() => readSplDir(inputs.spl, 'bench')),
    openFdaMs: timed(() => readOpenFdaFiles([inputs.openFda], 'bench')),
    markdownMs: timed(() => readLocalMonographDir(inputs.local)),
    tsvMs: await timedAsync(async () => {
      const rows = [];
      for await (const row of streamTsv(join(DATA, 'sources/drugsatfda-2019/Products.txt.gz'), 'latin1'))
        rows.push(row);
      return rows;
    }),
  };
  return {
    embedded,
    full: {
      ...full,
      openFdaRecords: OPENFDA_RECORDS,
      splDocuments: readdirSync(inputs.spl).length,
      localFiles: readdirSync(inputs.local).length,
    },
    readers,
    markdownLine: markdownLineCost(),
  };
}

const argv = process.argv.slice(2);
if (argv[0] === '--compile') {
  // One compile in this fresh process.
  const [openFda, spl, local] = argv.slice(1);
  const cpu = process.cpuUsage();
  const t = performance.now();
  await buildPack({
    dataDir: DATA,
    openFda: openFda ? [openFda] : [],
    splDirs: spl ? [spl] : [],
    localDirs: local ? [local] : [],
  });
  const used = process.cpuUsage(cpu);
  process.stdout.write(
    JSON.stringify({ wallMs: Math.round(performance.now() - t), cpuMs: Math.round((used.user + used.system) / 1000) }),
  );
} else if (argv[0] === '--standalone') {
  process.stdout.write(`${JSON.stringify(await measureCompile(resolve(ROOT, 'build/out/bench')), null, 2)}\n`);
}
