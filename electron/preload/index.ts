// The preload: one typed function per channel, cancel, and the menu's commands; nothing else, exposed
// as window.wardbook.
import { contextBridge, ipcRenderer } from 'electron';
import {
  APP_COMMANDS,
  CANCEL_CHANNEL,
  COMMAND_CHANNEL,
  type AppCommand,
  type Result,
  type WardbookApi,
} from '../common/contract.ts';

const invoke = <T>(channel: string, payload: unknown, callId?: number) =>
  ipcRenderer.invoke(channel, payload, callId) as Promise<Result<T>>;

const api: WardbookApi = {
  packInfo: () => invoke('pack:info', null),
  search: (request, callId) => invoke('search:query', request, callId),
  monograph: (request, callId) => invoke('drug:monograph', request, callId),
  drugInteractions: (request, callId) => invoke('drug:interactions', request, callId),
  checkList: (request, callId) => invoke('list:check', request, callId),
  compareLists: (request, callId) => invoke('list:compare', request, callId),
  terms: () => invoke('terms:list', null),
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
