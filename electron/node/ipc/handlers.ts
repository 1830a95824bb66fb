// The handler table: one function per call over an open pack. Main registers exactly this
// table; the browser tests inject exactly this table; there is no second implementation.
import { CHANNEL, type Call, type Request, type Response, type Result } from '../../common/contract.ts';
import { parseRequest } from '../../common/requests.ts';
import { checkList } from '../checker/check.ts';
import { compareLists } from '../checker/compareLists.ts';
import { drugInteractions } from '../checker/drugInteractions.ts';
import { monograph, NotFoundError } from '../monograph/monograph.ts';
import type { Pack } from '../pack/openPack.ts';
import { packInfo } from '../packInfo.ts';
import { patientFactors } from '../queries/knowledgeBase.ts';
import { search } from '../search/search.ts';

export type HandlerTable = { [C in Call]: (request: Request<C>) => Response<C> };

export function createHandlers(pack: Pack): HandlerTable {
  const { db, meta } = pack;
  return {
    packInfo: () => packInfo(pack),
    search: ({ query, limit }) => search(db, query, limit),
    monograph: ({ drugId, product }) => monograph(db, meta, drugId, product),
    drugInteractions: ({ drugId }) => drugInteractions(db, drugId),
    checkList: (request) => checkList(db, meta, request),
    compareLists: ({ before, after }) => compareLists(db, meta, before, after),
    patientFactors: () => {
      const all = patientFactors(db);
      const pick = (kind: 'condition' | 'allergy') =>
        all
          .filter((t) => t.kind === kind)
          .map(({ id, label, synonyms }) => ({ id, label, synonyms: JSON.parse(synonyms) as string[] }));
      return { conditions: pick('condition'), allergies: pick('allergy') };
    },
  };
}

/** Validates the payload and runs the handler; every failure comes back as a readable message. */
export function dispatch<C extends Call>(table: HandlerTable, call: C, payload: unknown): Result<Response<C>> {
  if (!Object.prototype.hasOwnProperty.call(table, call)) return { ok: false, error: `Unknown call ${call}` };
  const request = parseRequest(call, payload);
  if (!request.ok) return request;
  try {
    return { ok: true, value: table[call](request.value) };
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, error: error.message };
    return {
      ok: false,
      error: `Internal error in ${CHANNEL[call]}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
