// Medication lists, in memory only. Each list belongs to a tab; saving to a file is explicit.
import { defineStore } from 'pinia';
import { reactive } from 'vue';
import type { CheckResult, Severity } from '../../../electron/common/contract.ts';
import {
  LIST_FILE_FORMAT,
  LIST_FILE_VERSION,
  parseListFile,
  type SavedList,
} from '../../../electron/common/listFile.ts';
import { api } from '../api.ts';

export interface MedList {
  /** Patient initials or bed, typed by the user to tell lists apart; in memory only, never saved or restored. */
  name: string;
  text: string;
  conditions: string[];
  allergies: string[];
  minSeverity: Severity;
  result: CheckResult | null;
  error: string | null;
  checking: boolean;
}

const blank = (): MedList => ({
  name: '',
  text: '',
  conditions: [],
  allergies: [],
  minSeverity: 'minor',
  result: null,
  error: null,
  checking: false,
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

  async function check(id: string): Promise<void> {
    const list = get(id);
    list.checking = true;
    list.error = null;
    try {
      list.result = await api.checkList({
        lines: lines(id),
        conditions: list.conditions,
        allergies: list.allergies,
        minSeverity: list.minSeverity,
      });
    } catch (e) {
      list.error = (e as Error).message;
    } finally {
      list.checking = false;
    }
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

  /** Reads a saved list; anything else is refused with a message and the open list is left as it was. */
  function fromFile(id: string, text: string): Promise<void> {
    const parsed = parseListFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const list = get(id);
    list.text = parsed.value.lines.join('\n');
    list.conditions = [...parsed.value.conditions];
    list.allergies = [...parsed.value.allergies];
    return check(id);
  }

  function forget(id: string): void {
    lists.delete(id);
  }

  return { lists, get, lines, check, addLine, replaceName, toFile, fromFile, forget };
});
