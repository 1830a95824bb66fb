// A saved medication list file: its format, and the one reader every side uses (the renderer, the
// main process's Open dialog, the tests). Anything else is refused with a sentence, never half-read.
import * as v from 'valibot';
import { LineSchema, MAX_LINES, parseWith, type Parsed } from './requests.ts';

export const LIST_FILE_FORMAT = 'wardbook-medication-list';
export const LIST_FILE_VERSION = 1;
/** A list of 500 long lines is about 1 MB of JSON; anything bigger is not one of ours. */
export const MAX_LIST_FILE_BYTES = 2_000_000;

const entries = v.optional(v.pipe(v.array(LineSchema), v.maxLength(MAX_LINES)), () => []);
export const SavedListSchema = v.strictObject({
  format: v.literal(LIST_FILE_FORMAT),
  version: v.literal(LIST_FILE_VERSION),
  lines: v.pipe(v.array(LineSchema), v.maxLength(MAX_LINES)),
  conditions: entries,
  allergies: entries,
});
export type SavedList = v.InferOutput<typeof SavedListSchema>;

const NOT_OURS = 'This file is not a Wardbook medication list';

export function parseListFile(text: string): Parsed<SavedList> {
  if (text.length > MAX_LIST_FILE_BYTES) return { ok: false, error: `${NOT_OURS} (it is too large).` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: `${NOT_OURS} (it is not JSON).` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('format' in json))
    return { ok: false, error: `${NOT_OURS}.` };
  if (json.format !== LIST_FILE_FORMAT) return { ok: false, error: `${NOT_OURS}.` };
  const version = 'version' in json ? json.version : undefined;
  if (typeof version === 'number' && version > LIST_FILE_VERSION)
    return {
      ok: false,
      error: `This list was saved by a newer version of Wardbook (file version ${version}); this version reads version ${LIST_FILE_VERSION}.`,
    };
  const parsed = parseWith(SavedListSchema, json, 'This medication list file is damaged');
  return parsed.ok ? parsed : { ok: false, error: `${parsed.error}.` };
}

/** The bytes of a file as read from disk: size and UTF-8 are checked before anything is parsed. */
export function parseListFileBytes(bytes: Uint8Array): Parsed<SavedList> {
  if (bytes.byteLength > MAX_LIST_FILE_BYTES) return { ok: false, error: `${NOT_OURS} (it is too large).` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: `${NOT_OURS} (it is not UTF-8 text).` };
  }
  return parseListFile(text);
}
