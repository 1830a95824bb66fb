// The preload: window.wardbook, one typed function per call of the contract (each sending on its own
// channel), cancel, and the menu's commands; nothing else (no generic invoke).
import { contextBridge, ipcRenderer } from 'electron';
import {
  APP_COMMANDS,
  bindCalls,
  CANCEL_CHANNEL,
  COMMAND_CHANNEL,
  type AppCommand,
  type WardbookApi,
} from '../common/contract.ts';

const api: WardbookApi = {
  ...bindCalls((channel, payload, callId) => ipcRenderer.invoke(channel, payload, callId)),
  cancel: (callId) => {
    ipcRenderer.send(CANCEL_CHANNEL, callId);
  },
  // The page gets the command name only, never the IPC event (which would expose ipcRenderer).
  onCommand: (listener) => {
    ipcRenderer.on(COMMAND_CHANNEL, (_event, command: unknown) => {
      if (APP_COMMANDS.includes(command as AppCommand)) listener(command as AppCommand);
    });
  },
};

contextBridge.exposeInMainWorld('wardbook', api);
