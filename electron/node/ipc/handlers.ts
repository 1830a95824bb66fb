// The handler table: one function per channel over an open pack. Main registers exactly this
// table; the browser tests inject exactly this table; there is no second implementation.
import type { Channel, Request, Response, Result } from '../../common/contract.ts';
import { parseRequest } from '../../common/requests.ts';
import { checkList } from '../checker/check.ts';
import { compareLists } from '../checker/compareLists.ts';
import { drugInteractions } from '../checker/drugInteractions.ts';
import { monograph, NotFoundError } from '../monograph/monograph.ts';
import type { Pack } from '../pack/openPack.ts';
import { packInfo } from '../packInfo.ts';
import { terms } from '../queries/packInfo.ts';
import { search } from '../search/search.ts';

export type HandlerTable = { [C in Channel]: (request: Request<C>) => Response<C> };

export function createHandlers(pack: Pack): HandlerTable {
  const { db, meta } = pack;
  return {
    'pack:info': () => packInfo(pack),
    'search:query': ({ query, limit }) => search(db, query, limit),
    'drug:monograph': ({ drugId, product }) => monograph(db, meta, drugId, product),
    'drug:interactions': ({ drugId }) => drugInteractions(db, drugId),
    'list:check': (request) => checkList(db, meta, request),
    'list:compare': ({ before, after }) => compareLists(db, meta, before, after),
    'terms:list': () => {
      const all = terms(db);
      const pick = (kind: 'condition' | 'allergy') =>
        all
          .filter((t) => t.kind === kind)
          .map(({ id, label, synonyms }) => ({ id, label, synonyms: JSON.parse(synonyms) as string[] }));
      return { conditions: pick('condition'), allergies: pick('allergy') };
    },
  };
}

/** Validates the payload and runs the handler; every failure comes back as a readable message. */
export function dispatch<C extends Channel>(table: HandlerTable, channel: C, payload: unknown): Result<Response<C>> {
  if (!Object.prototype.hasOwnProperty.call(table, channel)) return { ok: false, error: `Unknown channel ${channel}` };
  const request = parseRequest(channel, payload);
  if (!request.ok) return request;
  try {
    return { ok: true, value: table[channel](request.value) };
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, error: error.message };
    return {
      ok: false,
      error: `Internal error in ${channel}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
