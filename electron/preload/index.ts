// The preload: one typed function per channel, nothing else, exposed as window.wardbook.
import { contextBridge, ipcRenderer } from 'electron';
import type { Result, WardbookApi } from '../common/contract.ts';

const invoke = <T>(channel: string, payload: unknown = null) =>
  ipcRenderer.invoke(channel, payload) as Promise<Result<T>>;

const api: WardbookApi = {
  packInfo: () => invoke('pack:info'),
  search: (request) => invoke('search:query', request),
  monograph: (request) => invoke('drug:monograph', request),
  drugInteractions: (request) => invoke('drug:interactions', request),
  checkList: (request) => invoke('list:check', request),
  compareLists: (request) => invoke('list:compare', request),
  terms: () => invoke('terms:list'),
};

contextBridge.exposeInMainWorld('wardbook', api);
