// What a command that reads the open pack is given, and the two ways it asks: a call on the handler
// table (exactly what the app's window would get) and a drug named on the command line.
import type { Call, Response } from '../../common/contract.ts';
import { LineSchema, parseWith } from '../../common/requests.ts';
import { isMatched, matchLine } from '../../node/checker/matchDrug.ts';
import { parseLine } from '../../node/checker/parseLine.ts';
import { dispatch, type HandlerTable } from '../../node/ipc/handlers.ts';
import type { Pack } from '../../node/pack/openPack.ts';
import { InputError, type Args, type Print } from '../args.ts';

export interface PackCommand {
  args: Args;
  pack: Pack;
  table: HandlerTable;
  print: Print;
}

export function call<C extends Call>(table: HandlerTable, name: C, payload: unknown): Response<C> {
  const result = dispatch(table, name, payload);
  if (!result.ok) throw new InputError(result.error);
  return result.value;
}

/** The drug a command-line argument names: exact names only; a misspelling gets suggestions. */
export function resolveDrug(pack: Pack, input: string): { id: string; name: string } | { suggestions: string[] } {
  const checked = parseWith(LineSchema, input, 'drug name');
  if (!checked.ok) throw new InputError(checked.error);
  const match = matchLine(pack.db, parseLine(input));
  if (isMatched(match) && match.matchedBy !== 'fuzzy') return { id: match.drugId, name: match.name };
  return {
    suggestions: isMatched(match) ? [match.name] : 'suggestions' in match ? match.suggestions.map((s) => s.name) : [],
  };
}
