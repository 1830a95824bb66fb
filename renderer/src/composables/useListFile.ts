// Explicit Save / Open of a medication list as a file: the only way a list reaches the disk. Saving
// goes through main (its Save dialog, an atomic write); "saved" is said only once main says so.
import type { Ref } from 'vue';
import { api } from '../api.ts';
import { MAX_LIST_FILE_BYTES } from '../../../electron/common/listFile.ts';
import { useMedListStore } from '../stores/medList.ts';

export function useListFile(listId: string, message: Ref<string | null>) {
  const store = useMedListStore();

  async function save(): Promise<void> {
    message.value = 'Saving…';
    try {
      const answer = await api.saveList(store.toFile(listId));
      message.value = answer.saved
        ? `List saved to ${answer.path ?? 'the file you chose'}.`
        : 'Not saved: no file was chosen.';
    } catch (e) {
      message.value = `Not saved. ${(e as Error).message}`;
    }
  }

  function open(): void {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    const readChosen = async (): Promise<void> => {
      const file = input.files?.[0];
      if (!file) return;
      try {
        // Size first (a 10 MB file is never read into memory), then the bytes: invalid UTF-8 is refused, not patched.
        if (file.size > MAX_LIST_FILE_BYTES)
          throw new Error('This file is not a Wardbook medication list (it is too large).');
        await store.fromFile(listId, new Uint8Array(await file.arrayBuffer()));
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
