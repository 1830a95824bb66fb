// npm run --silent cli -- <command> … [--json] [--pack FILE]
// Exit codes: 0 success, 1 nothing found or bad input (message on stderr), 2 usage error.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DrugInteractions } from '../common/contract.ts';
import { LineSchema, parseWith } from '../common/requests.ts';
import { snippetWithGuillemets } from '../common/snippet.ts';
import { isMatched, matchLine } from '../node/checker/matchDrug.ts';
import { parseLine } from '../node/checker/parseLine.ts';
import { createHandlers, dispatch, type HandlerTable } from '../node/ipc/handlers.ts';
import { openPack, PackError, type Pack } from '../node/pack/openPack.ts';
import { defaultUserDataDir, installPack, packStoreDir, restorePreviousPack } from '../node/pack/packStore.ts';
import { PACK_PUBLIC_KEY } from '../node/pack/publicKey.ts';
import { PackRefusedError } from '../node/pack/startCheck.ts';
import { verifyPackFile } from '../node/pack/verifyFile.ts';
import { parseMonographFile } from '../../shared/markdownMonograph/parseMonograph.ts';
import { formatCheck, formatInfo, formatInteractions, formatMonograph, formatSearch } from './format.ts';

const DEFAULT_PACK = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/out/pack/wardbook.sqlite');

const USAGE = `usage: npm run --silent cli -- <command> [arguments] [--json] [--pack FILE]
commands:
  info                                   pack version, counts and sources
  search <query>                         names and full text
  show <drug>                            the drug's monograph
  interactions <drug>…                   every partner of each drug
  check <drug>… [--condition T]… [--allergy T]… [--min-severity S]
                                         check a medication list
  verify                                 check the pack file: every problem on a line, exit 1
  install-pack <file> [--store DIR]      verify a pack and make it the one the app opens
  restore-pack [--store DIR]             go back to the pack installed before
  parse-monograph <file.md>              parse a local Markdown monograph`;

class UsageError extends Error {}
class InputError extends Error {}

interface Args {
  command: string;
  positional: string[];
  json: boolean;
  pack: string;
  conditions: string[];
  allergies: string[];
  minSeverity: string | undefined;
  store: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    command: '',
    positional: [],
    json: false,
    pack: DEFAULT_PACK,
    conditions: [],
    allergies: [],
    minSeverity: undefined,
    store: packStoreDir(defaultUserDataDir()),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--pack') args.pack = resolve(value());
    else if (arg === '--store') args.store = resolve(value());
    else if (arg === '--condition') args.conditions.push(value());
    else if (arg === '--allergy') args.allergies.push(value());
    else if (arg === '--min-severity') args.minSeverity = value();
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    // A misspelt option is refused; anything else starting with "-" ("--", "- warfarin 5 mg") is a list line.
    else if (/^--[a-z][a-z-]*$/.test(arg)) throw new UsageError(`unknown option ${arg}`);
    else if (!args.command) args.command = arg;
    else args.positional.push(arg);
  }
  if (!args.command) throw new UsageError('no command given');
  return args;
}

function call<C extends Parameters<typeof dispatch>[1]>(table: HandlerTable, channel: C, payload: unknown) {
  const result = dispatch(table, channel, payload);
  if (!result.ok) throw new InputError(result.error);
  return result.value;
}

/** The drug a command-line argument names: exact names only; a misspelling gets suggestions. */
function resolveDrug(pack: Pack, input: string): { id: string; name: string } | { suggestions: string[] } {
  const checked = parseWith(LineSchema, input, 'drug name');
  if (!checked.ok) throw new InputError(checked.error);
  const match = matchLine(pack.db, parseLine(input));
  if (isMatched(match) && match.matchedBy !== 'fuzzy') return { id: match.drugId, name: match.name };
  return {
    suggestions: isMatched(match) ? [match.name] : 'suggestions' in match ? match.suggestions.map((s) => s.name) : [],
  };
}

function run(args: Args, pack: Pack, print: (text: string, value: unknown) => void): number {
  const table = createHandlers(pack);
  const need = (n: number) => {
    if (args.positional.length < n)
      throw new UsageError(`${args.command} needs ${n === 1 ? 'an argument' : `${n} arguments`}`);
  };
  switch (args.command) {
    case 'info': {
      const info = call(table, 'pack:info', null);
      print(formatInfo(info), info);
      return 0;
    }
    case 'search': {
      need(1);
      const r = call(table, 'search:query', { query: args.positional.join(' ') });
      const out = {
        query: r.query,
        correctedTo: r.correctedTo,
        suggestions: r.suggestions,
        names: r.names,
        results: r.results.map((t) => ({
          drugId: t.drugId,
          name: t.name,
          section: t.section,
          snippet: snippetWithGuillemets(t.snippet),
        })),
      };
      print(formatSearch(r), out);
      if (r.names.length === 0 && r.results.length === 0) {
        process.stderr.write(`nothing found for "${r.query}"\n`);
        return 1;
      }
      return 0;
    }
    case 'show': {
      need(1);
      const input = args.positional.join(' ');
      const drug = resolveDrug(pack, input);
      if (!('id' in drug))
        throw new InputError(
          `"${input}" is not a drug in this data pack${drug.suggestions.length ? `; did you mean ${drug.suggestions.join(', ')}?` : ''}`,
        );
      const m = call(table, 'drug:monograph', { drugId: drug.id, product: input });
      const sections = m.tabs.flatMap((t) =>
        t.sections.map((s) => ({
          key: s.key,
          title: s.title,
          tab: t.key,
          text: s.text ?? s.missingNote,
          ...(s.summary ? { summary: s.summary } : {}),
          ...(s.fromOther ? { fromOther: s.fromOther } : {}),
          source: s.source
            ? {
                id: s.source.id,
                name: s.source.name,
                setId: s.source.setId,
                date: s.source.date,
                local: s.source.local,
                label: s.source.label,
                manufacturer: s.source.manufacturer,
              }
            : null,
        })),
      );
      print(formatMonograph(m), {
        drug: {
          id: m.drug.id,
          name: m.drug.name,
          brands: m.drug.brands,
          classes: m.drug.classes,
          components: m.drug.components,
        },
        label: m.label,
        unmatched: m.unmatched,
        otherLabels: m.otherLabels,
        sections,
        pack: m.pack,
      });
      return 0;
    }
    case 'interactions': {
      need(1);
      const results = args.positional.map((input) => {
        const drug = resolveDrug(pack, input);
        return { input, result: 'id' in drug ? call(table, 'drug:interactions', { drugId: drug.id }) : null };
      });
      print(formatInteractions(results), {
        results: results.map(({ input, result }: { input: string; result: DrugInteractions | null }) => ({
          input,
          drug: result ? result.drug : null,
          counts: result?.counts ?? null,
          partners: (result?.partners ?? []).map((p) => ({
            drugId: p.drugId,
            name: p.name,
            severity: p.severity,
            effect: p.effect,
            mechanism: p.mechanism,
            management: p.management,
            why: p.why,
            evidence: p.evidence,
            sources: p.sources,
            disagreement: p.disagreement,
          })),
        })),
      });
      const unknown = results.filter((r) => !r.result).map((r) => r.input);
      if (unknown.length > 0) {
        process.stderr.write(`not checked (unknown): ${unknown.join(', ')}\n`);
        return 1;
      }
      return 0;
    }
    case 'check': {
      need(1);
      const r = call(table, 'list:check', {
        lines: args.positional,
        conditions: args.conditions,
        allergies: args.allergies,
        minSeverity: args.minSeverity,
      });
      print(formatCheck(r), {
        recognized: r.recognized.map((e) => ({
          input: e.input,
          drugId: e.drugId,
          name: e.name,
          matchedBy: e.matchedBy,
          matchedText: e.matchedText,
          confirm: e.confirm,
          dose: e.line.dose,
          route: e.line.route,
          frequency: e.line.frequency,
          components: e.components,
        })),
        unrecognized: r.unrecognized.map((e) => ({
          input: e.input,
          suggestions: e.suggestions.map((s) => s.name),
          packKnowsUpTo: e.packKnowsUpTo,
        })),
        notes: r.notes,
        interactions: r.interactions.map((i) => ({
          a: i.a.name,
          b: i.b.name,
          aId: i.a.id,
          bId: i.b.id,
          severity: i.severity,
          effect: i.effect,
          mechanism: i.mechanism,
          management: i.management,
          why: i.why,
          evidence: i.evidence,
          onset: i.onset,
          sources: i.sources,
          disagreement: i.disagreement,
          via: i.via,
        })),
        alerts: r.alerts,
        conditions: r.conditions,
        allergies: r.allergies,
        counts: r.counts,
        hidden: r.hidden,
        minSeverity: r.minSeverity,
        pack: r.pack,
      });
      if (r.unrecognized.length > 0)
        process.stderr.write(`not checked (unknown): ${r.unrecognized.map((e) => e.input).join(', ')}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${args.command}"`);
  }
}

type Print = (text: string, value: unknown) => void;

async function verify(args: Args, print: Print): Promise<number> {
  const v = await verifyPackFile(args.pack, PACK_PUBLIC_KEY);
  const ok = v.problems.length === 0;
  print(
    [
      ok ? `ok: ${args.pack} is a sound data pack ${v.meta?.version ?? ''}` : `${args.pack} is not a sound data pack`,
      ...v.notes,
    ].join('\n'),
    { ok, problems: v.problems, notes: v.notes, signature: v.signature, pack: v.meta },
  );
  for (const problem of v.problems) process.stderr.write(`${problem}\n`);
  return ok ? 0 : 1;
}

async function install(args: Args, print: Print): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('install-pack needs one pack file');
  try {
    const r = await installPack(resolve(args.positional[0]!), args.store, PACK_PUBLIC_KEY);
    print(
      `installed: data pack ${r.manifest.version} (${r.signature}) as ${r.path}; Wardbook opens it from its next start`,
      { path: r.path, previous: r.previous, signature: r.signature, manifest: r.manifest },
    );
    return 0;
  } catch (error) {
    if (!(error instanceof PackRefusedError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${problem}\n`);
    process.stderr.write('not installed: nothing was changed\n');
    return 1;
  }
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message ? `${(error as Error).message}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const print = (text: string, value: unknown) =>
    process.stdout.write(`${args.json ? JSON.stringify(value, null, 2) : text}\n`);
  try {
    if (args.command === 'parse-monograph') {
      if (args.positional.length !== 1) throw new UsageError('parse-monograph needs one file');
      const parsed = parseMonographFile(resolve(args.positional[0]!));
      print(JSON.stringify(parsed, null, 2), parsed);
      return 0;
    }
    if (args.command === 'verify') return await verify(args, print);
    if (args.command === 'install-pack') return await install(args, print);
    if (args.command === 'restore-pack') {
      try {
        const pointer = restorePreviousPack(args.store);
        print(`restored: ${pointer.current ?? ''} is current again`, pointer);
        return 0;
      } catch (error) {
        throw new InputError((error as Error).message);
      }
    }
    const pack = await openPack(args.pack);
    return run(args, pack, print);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof PackError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      process.stderr.write(`${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
