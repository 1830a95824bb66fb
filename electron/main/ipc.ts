// Registers one IPC handler per call on ipcMain, on the call's channel, answering through the data engine's thread.
// Every message's sender is checked: only the main frame of our own window, showing our own
// origin, may call or cancel.
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CALLS, CANCEL_CHANNEL, CHANNEL, type Call, type Result } from '../common/contract.ts';
import { APP_ORIGIN } from '../node/app/appProtocol.ts';

export type Invoke = (call: Call, payload: unknown, signal: AbortSignal) => Promise<Result<unknown>>;

export function registerIpc(invoke: Invoke, trusted: () => WebContents | null): void {
  const fromUs = (event: IpcMainEvent | IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    return (
      event.sender === trusted() &&
      frame !== null &&
      frame === event.sender.mainFrame &&
      frame.url.startsWith(`${APP_ORIGIN}/`)
    );
  };
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
