import { openPack } from '../../electron/node/pack/openPack.ts';
import { matchLine } from '../../electron/node/checker/matchDrug.ts';
import { parseLine } from '../../electron/node/checker/parseLine.ts';
import { noteReason } from '../../electron/node/checker/notes.ts';
async function main() {
  const pack = await openPack('build/out/pack/wardbook.sqlite');
  const db = pack.db;
  const filler = 'take with food and water every morning unless the clinic says otherwise then review'.split(' ');
  const ofWords = (first: string, n: number) => [first, ...Array.from({ length: n - 1 }, (_, i) => filler[i % filler.length]!)].join(' ');
  const ns = [1, 12, 40, 100];
  const lines = ns.map((n) => ofWords('warfarin', n));
  const parsed = lines.map((l) => parseLine(l));
  const fns: Record<string, ((i: number) => unknown)> = {
    parse: (i) => parseLine(lines[i]!),
    note: (i) => noteReason(lines[i]!, parsed[i]!.name),
    match: (i) => matchLine(db, parsed[i]!),
    all: (i) => matchLine(db, parseLine(lines[i]!)),
  };
  for (const [k, fn] of Object.entries(fns)) {
    const xs: number[][] = ns.map(() => []);
    for (let r = 0; r < 41; r++) ns.forEach((_, i) => { const s = process.cpuUsage(); for (let j = 0; j < 1000; j++) fn(i); const u = process.cpuUsage(s); xs[i]!.push((u.user + u.system) / 1000); });
    console.log(k, xs.map((a) => a.sort((p, q) => p - q)[20]!.toFixed(2)).join(' / '));
  }
}
main();
