// Saving a medication list to the file the user chose in main's Save dialog: written atomically (the
// file is either the old one or the whole new list, never half of it), and the outcome said in words.
// The only place a patient's list is written to disk, and only after the user asked.
import type { Result, SaveListAnswer } from '../../common/contract.ts';
import { SavedListSchema, type SavedList } from '../../common/listFile.ts';
import { parseWith, type Parsed } from '../../common/requests.ts';
import { atomicWrite } from './atomicWrite.ts';

export const DEFAULT_LIST_FILE_NAME = 'medication-list.wardbook.json';

/** A name typed without an extension gets ".json", so that Open finds the file again. */
export const withJsonExtension = (path: string): string => (/\.json$/i.test(path) ? path : `${path}.json`);

export const listFileText = (list: SavedList): string => `${JSON.stringify(list, null, 2)}\n`;

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'Wardbook may not write there',
  EPERM: 'Wardbook may not write there',
  EROFS: 'that disk is read-only',
  ENOENT: 'that folder does not exist',
  EISDIR: 'a folder has that name',
  ENAMETOOLONG: 'the name is too long',
};

/** Why a write failed, in words: the reason for the codes people meet, else the system's message. */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (error instanceof Error ? error.message : String(error));
}

export type SaveOutcome = { ok: true; path: string } | { ok: false; error: string };

export function saveListFile(path: string, list: SavedList): SaveOutcome {
  try {
    atomicWrite(path, listFileText(list));
    return { ok: true, path };
  } catch (error) {
    return {
      ok: false,
      error: `The list was not saved to ${path}: ${writeFailure(error)}. A file already there is unchanged.`,
    };
  }
}

/** The renderer's save request: a list in the saved-list format, within its limits, or a sentence. */
export const saveRequest = (payload: unknown): Parsed<SavedList> => parseWith(SavedListSchema, payload, 'list:save');

/** Writes the list to the path chosen (null: none was chosen) and answers the renderer. */
export function saveTo(path: string | null, list: SavedList): Result<SaveListAnswer> {
  if (path === null) return { ok: true, value: { saved: false, path: null } };
  const outcome = saveListFile(path, list);
  return outcome.ok ? { ok: true, value: { saved: true, path: outcome.path } } : outcome;
}
