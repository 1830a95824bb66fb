// Registers the handler table on ipcMain. Every message's sender is checked: only the main frame
// of our own window, showing our own origin, may call.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS, type Result } from '../common/contract.ts';
import { dispatch, type HandlerTable } from '../node/ipc/handlers.ts';
import { APP_ORIGIN } from '../node/app/appProtocol.ts';

export function registerIpc(table: HandlerTable, trusted: () => WebContents | null): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown): Result<unknown> => {
      const frame = event.senderFrame;
      const ok =
        event.sender === trusted() &&
        frame !== null &&
        frame === event.sender.mainFrame &&
        frame.url.startsWith(`${APP_ORIGIN}/`);
      if (!ok) return { ok: false, error: 'Refused: message from an untrusted sender' };
      return dispatch(table, channel, payload);
    });
  }
}
