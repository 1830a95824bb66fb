// Reading the knowledge base's files: a file that cannot be read or parsed, and a record that cannot
// be compiled, are reported with the file, the line or the record, never as a bare stack.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the file's documented shape
export function readJson<T>(path: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`knowledge base: cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const before = at ? text.slice(0, Number(at[1])).split('\n') : null;
    const where = before ? ` (line ${before.length}, column ${before.at(-1)!.length + 1})` : '';
    throw new Error(`knowledge base: ${path}${where} is not valid JSON: ${message}`, { cause: error });
  }
}

export function readOptional<T>(dir: string, file: string, fallback: T): T {
  return readdirSync(dir).includes(file) ? readJson<T>(join(dir, file)) : fallback;
}

export class KbRecordError extends Error {}

/** Runs the work for one record; whatever goes wrong is reported with the file and the record. */
export function inRecord<T>(where: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof KbRecordError) throw error;
    const message = (error as Error).message.replace(/^knowledge base: /, '');
    throw new KbRecordError(`knowledge base: ${where}: ${message}`, { cause: error });
  }
}
