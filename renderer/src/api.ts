// The renderer's only way to the data: the preload's typed functions, with errors turned into
// exceptions that carry the main process's readable message. A call given an AbortSignal can be
// cancelled: main is told to drop or stop it, and the caller gets a CancelledError at once.
import { CANCELLED, type CheckRequest, type Result, type WardbookApi } from '../../electron/common/contract.ts';
import type { SavedList } from '../../electron/common/listFile.ts';

export class ApiError extends Error {}
/** The call was cancelled or superseded: its answer, if any, is dropped. */
export class CancelledError extends Error {
  constructor() {
    super(CANCELLED);
  }
}

let lastCallId = 0;

function unwrap<T>(start: (callId: number) => Promise<Result<T>>, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(new CancelledError());
  const callId = ++lastCallId;
  const answer = start(callId);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      bridge().cancel(callId);
      reject(new CancelledError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    answer.then(
      (result) => {
        signal?.removeEventListener('abort', onAbort);
        if (result.ok) resolve(result.value);
        else reject(result.error === CANCELLED ? new CancelledError() : new ApiError(result.error));
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new ApiError(String(error)));
      },
    );
  });
}

/**
 * A plain copy of a list request. The stores hold Vue reactive arrays, which are Proxies: the context
 * bridge cannot clone a Proxy, so passing one would fail every check in the real app.
 */
export const plainCheckRequest = (r: CheckRequest): CheckRequest => ({
  lines: Array.from(r.lines, String),
  conditions: Array.from(r.conditions, String),
  allergies: Array.from(r.allergies, String),
  ...(r.minSeverity ? { minSeverity: r.minSeverity } : {}),
});

const bridge = (): WardbookApi => {
  if (!window.wardbook) throw new ApiError('Wardbook is not connected to its data pack.');
  return window.wardbook;
};

export const api = {
  packInfo: () => unwrap(() => bridge().packInfo()),
  search: (query: string, limit?: number, signal?: AbortSignal) =>
    unwrap((id) => bridge().search(limit ? { query, limit } : { query }, id), signal),
  monograph: (drugId: string, product?: string) =>
    unwrap((id) => bridge().monograph(product ? { drugId, product } : { drugId }, id)),
  drugInteractions: (drugId: string) => unwrap((id) => bridge().drugInteractions({ drugId }, id)),
  checkList: (request: CheckRequest, signal?: AbortSignal) =>
    unwrap((id) => bridge().checkList(plainCheckRequest(request), id), signal),
  compareLists: (before: CheckRequest, after: CheckRequest, signal?: AbortSignal) =>
    unwrap(
      (id) => bridge().compareLists({ before: plainCheckRequest(before), after: plainCheckRequest(after) }, id),
      signal,
    ),
  patientFactors: () => unwrap(() => bridge().patientFactors()),
  /** Plain arrays: the store's are reactive Proxies, which the context bridge cannot clone. */
  saveList: (list: SavedList) =>
    unwrap(() =>
      bridge().saveList({
        ...list,
        lines: Array.from(list.lines, String),
        conditions: Array.from(list.conditions, String),
        allergies: Array.from(list.allergies, String),
      }),
    ),
};
