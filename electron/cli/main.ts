// npm run --silent cli -- <command> … [--json] [--pack FILE]
// Exit codes: 0 success, 1 nothing found or bad input (message on stderr), 2 usage error.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DrugInteractions } from '../common/contract.ts';
import { LineSchema, parseWith } from '../common/requests.ts';
import { isMatched, matchLine } from '../node/checker/matchDrug.ts';
import { parseLine } from '../node/checker/parseLine.ts';
import { createHandlers, dispatch, type HandlerTable } from '../node/ipc/handlers.ts';
import { openPack, PackError, type Pack } from '../node/pack/openPack.ts';
import { verifyPack } from '../node/pack/verify.ts';
import { parseMonographFile } from '../../data/compiler/local/parseMonograph.ts';
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
  verify                                 check the pack's integrity
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
    else if (arg === '--condition') args.conditions.push(value());
    else if (arg === '--allergy') args.allergies.push(value());
    else if (arg === '--min-severity') args.minSeverity = value();
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
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
  return { suggestions: isMatched(match) ? [match.name] : match.suggestions.map((s) => s.name) };
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
          snippet: t.snippet.replace(/\u0002/g, '«').replace(/\u0003/g, '»'),
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
          confirm: e.confirm,
          dose: e.line.dose,
          route: e.line.route,
          frequency: e.line.frequency,
          components: e.components,
        })),
        unrecognized: r.unrecognized.map((e) => ({ input: e.input, suggestions: e.suggestions.map((s) => s.name) })),
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
    case 'verify': {
      const problems = verifyPack(pack.db);
      print(problems.length ? problems.join('\n') : `ok: ${pack.path} is a sound data pack ${pack.meta.version}`, {
        ok: problems.length === 0,
        problems,
        pack: pack.meta,
      });
      if (problems.length) {
        process.stderr.write(`pack is not sound: ${problems.join('; ')}\n`);
        return 1;
      }
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${args.command}"`);
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
