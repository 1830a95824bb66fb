// Explicit Save / Open of a medication list as a file: the only way a list reaches the disk.
import type { Ref } from 'vue';
import { MAX_LIST_FILE_BYTES } from '../../../electron/common/listFile.ts';
import { useMedListStore } from '../stores/medList.ts';

export function useListFile(listId: string, message: Ref<string | null>) {
  const store = useMedListStore();

  function save(): void {
    const blob = new Blob([JSON.stringify(store.toFile(listId), null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'medication-list.wardbook.json';
    a.click();
    URL.revokeObjectURL(a.href);
    message.value = 'List saved to a file you chose.';
  }

  function open(): void {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    const readChosen = async (): Promise<void> => {
      const file = input.files?.[0];
      if (!file) return;
      try {
        if (file.size > MAX_LIST_FILE_BYTES) throw new Error('This file is too large to be a medication list.');
        await store.fromFile(listId, await file.text());
        message.value = `Opened ${file.name}.`;
      } catch (e) {
        message.value = `Could not open ${file.name}: ${(e as Error).message} The list on screen was not changed.`;
      }
    };
    input.addEventListener('change', () => void readChosen());
    input.click();
  }

  return { save, open };
}
