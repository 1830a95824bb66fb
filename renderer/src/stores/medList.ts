// Medication lists, in memory only. Each list belongs to a tab; saving to a file is explicit.
import { defineStore } from 'pinia';
import { reactive } from 'vue';
import type { CheckResult, Severity } from '../../../electron/common/contract.ts';
import {
  LIST_FILE_FORMAT,
  LIST_FILE_VERSION,
  parseListFileBytes,
  type SavedList,
} from '../../../electron/common/listFile.ts';
import { api, CancelledError } from '../api.ts';

export interface MedList {
  /** Patient initials or bed, typed by the user to tell lists apart; in memory only, never saved or restored. */
  name: string;
  text: string;
  conditions: string[];
  allergies: string[];
  minSeverity: Severity;
  result: CheckResult | null;
  /** What `result` was computed from; a result for anything else on screen is stale. */
  checkedKey: string | null;
  error: string | null;
  checking: boolean;
  /** When the running check began (ms since epoch), for the progress line. */
  startedAt: number | null;
}

const blank = (): MedList => ({
  name: '',
  text: '',
  conditions: [],
  allergies: [],
  minSeverity: 'minor',
  result: null,
  checkedKey: null,
  error: null,
  checking: false,
  startedAt: null,
});

export const useMedListStore = defineStore('medList', () => {
  const lists = reactive(new Map<string, MedList>());

  const get = (id: string): MedList => {
    if (!lists.has(id)) lists.set(id, blank());
    return lists.get(id)!;
  };
  const lines = (id: string) =>
    get(id)
      .text.split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);

  /** Everything a check depends on: the result is fresh only while this is unchanged. */
  const inputKey = (id: string): string => {
    const list = get(id);
    return JSON.stringify([lines(id), list.conditions, list.allergies, list.minSeverity]);
  };
  const isFresh = (id: string): boolean => {
    const list = get(id);
    return list.result !== null && !list.checking && list.checkedKey === inputKey(id);
  };

  // The running check of each list; a new check supersedes it (main drops or stops the old one).
  const running = new Map<string, AbortController>();

  async function check(id: string): Promise<void> {
    const list = get(id);
    running.get(id)?.abort();
    const controller = new AbortController();
    running.set(id, controller);
    const key = inputKey(id);
    list.checking = true;
    list.startedAt = Date.now();
    list.error = null;
    try {
      const result = await api.checkList(
        { lines: lines(id), conditions: list.conditions, allergies: list.allergies, minSeverity: list.minSeverity },
        controller.signal,
      );
      if (running.get(id) !== controller) return;
      list.result = result;
      list.checkedKey = key;
    } catch (e) {
      if (running.get(id) !== controller) return;
      // Nothing stale stays on screen or goes to print: the old result is for another list.
      list.result = null;
      list.checkedKey = null;
      list.error =
        e instanceof CancelledError
          ? 'Check cancelled: this list has not been checked.'
          : `This list could not be checked: ${(e as Error).message}`;
    } finally {
      if (running.get(id) === controller) {
        running.delete(id);
        list.checking = false;
        list.startedAt = null;
      }
    }
  }

  /** Stops the running check; the list is then shown as not checked. */
  function cancel(id: string): void {
    running.get(id)?.abort();
  }

  function addLine(id: string, line: string): Promise<void> {
    const list = get(id);
    list.text = list.text.trim() ? `${list.text.trimEnd()}\n${line}` : line;
    return check(id);
  }

  /** One-click correction: the typed name becomes the chosen drug, dose and timing stay as typed. */
  function replaceName(id: string, input: string, typedName: string, drugName: string): Promise<void> {
    const list = get(id);
    const rows = list.text.split(/\r?\n/);
    const at = rows.findIndex((r) => r.trim() === input.trim());
    if (at >= 0) rows[at] = rows[at]!.replace(typedName, drugName);
    list.text = rows.join('\n');
    return check(id);
  }

  function toFile(id: string): SavedList {
    const list = get(id);
    return {
      format: LIST_FILE_FORMAT,
      version: LIST_FILE_VERSION,
      lines: lines(id),
      conditions: [...list.conditions],
      allergies: [...list.allergies],
    };
  }

  /** Reads a saved list's bytes; anything else is refused with a message and the open list is left as it was. */
  function fromFile(id: string, bytes: Uint8Array): Promise<void> {
    const parsed = parseListFileBytes(bytes);
    if (!parsed.ok) throw new Error(parsed.error);
    const list = get(id);
    list.text = parsed.value.lines.join('\n');
    list.conditions = [...parsed.value.conditions];
    list.allergies = [...parsed.value.allergies];
    return check(id);
  }

  function forget(id: string): void {
    cancel(id);
    lists.delete(id);
  }

  return { lists, get, lines, isFresh, check, cancel, addLine, replaceName, toFile, fromFile, forget };
});
