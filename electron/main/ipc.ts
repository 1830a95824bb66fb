// Registers one IPC handler per call on ipcMain, on the call's channel, answering through the data engine's thread.
// Every message's sender is checked: only the main frame of our own window, showing our own
// origin, may call or cancel.
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  CALLS,
  CANCEL_CHANNEL,
  CHANNEL,
  SAVE_LIST_CHANNEL,
  type Call,
  type Result,
  type SaveListAnswer,
} from '../common/contract.ts';
import { APP_ORIGIN } from '../node/app/appProtocol.ts';

export type Invoke = (call: Call, payload: unknown, signal: AbortSignal) => Promise<Result<unknown>>;

const senderCheck = (trusted: () => WebContents | null) => (event: IpcMainEvent | IpcMainInvokeEvent) => {
  const frame = event.senderFrame;
  return (
    event.sender === trusted() &&
    frame !== null &&
    frame === event.sender.mainFrame &&
    frame.url.startsWith(`${APP_ORIGIN}/`)
  );
};

/** Saving a list: answered by main itself (dialog and disk), behind the same sender check. */
export function registerSaveList(
  save: (payload: unknown) => Promise<Result<SaveListAnswer>>,
  trusted: () => WebContents | null,
): void {
  const fromUs = senderCheck(trusted);
  ipcMain.handle(SAVE_LIST_CHANNEL, async (event, payload: unknown): Promise<Result<SaveListAnswer>> => {
    if (!fromUs(event)) return { ok: false, error: 'Refused: message from an untrusted sender' };
    return save(payload);
  });
}

export function registerIpc(invoke: Invoke, trusted: () => WebContents | null): void {
  const fromUs = senderCheck(trusted);
  // Calls the renderer may still cancel, by the id it chose.
  const inFlight = new Map<number, AbortController>();
  for (const call of CALLS) {
    ipcMain.handle(CHANNEL[call], async (event, payload: unknown, callId: unknown): Promise<Result<unknown>> => {
      if (!fromUs(event)) return { ok: false, error: 'Refused: message from an untrusted sender' };
      const controller = new AbortController();
      const id = Number.isSafeInteger(callId) ? (callId as number) : null;
      if (id !== null) inFlight.set(id, controller);
      try {
        return await invoke(call, payload, controller.signal);
      } finally {
        if (id !== null && inFlight.get(id) === controller) inFlight.delete(id);
      }
    });
  }
  ipcMain.on(CANCEL_CHANNEL, (event, callId: unknown) => {
    if (fromUs(event) && Number.isSafeInteger(callId)) inFlight.get(callId as number)?.abort();
  });
}
