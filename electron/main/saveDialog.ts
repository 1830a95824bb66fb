// Save list to file…: the payload is checked first, then main's Save dialog asks where, then the list
// is written atomically. The renderer says "saved" only when this answers saved.
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { Result, SaveListAnswer } from '../common/contract.ts';
import { DEFAULT_LIST_FILE_NAME, saveRequest, saveTo, withJsonExtension } from '../node/files/saveList.ts';

/** app.getPath throws when the system cannot say where Documents is; the dialog then opens on its default. */
function documentsFolder(): string | null {
  try {
    return app.getPath('documents');
  } catch {
    return null;
  }
}

export async function saveListWithDialog(
  window: BrowserWindow | null,
  payload: unknown,
): Promise<Result<SaveListAnswer>> {
  const request = saveRequest(payload);
  if (!request.ok) return request;
  const documents = documentsFolder();
  const options: SaveDialogOptions = {
    title: 'Save medication list',
    defaultPath: documents === null ? DEFAULT_LIST_FILE_NAME : join(documents, DEFAULT_LIST_FILE_NAME),
    filters: [{ name: 'Wardbook medication list', extensions: ['json'] }],
    // A patient's list is not advertised in the system's recent files.
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false, path: null } };
  return saveTo(withJsonExtension(choice.filePath), request.value);
}
