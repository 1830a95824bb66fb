// Saving a list: the atomic write never leaves half a file or a temporary file behind, and a saved
// list opens again as it was.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite } from '../../electron/node/files/atomicWrite.ts';
import { saveListFile, saveRequest, saveTo, withJsonExtension } from '../../electron/node/files/saveList.ts';
import { SAVE_LIST_CHANNEL } from '../../electron/common/contract.ts';
import {
  LIST_FILE_FORMAT,
  LIST_FILE_VERSION,
  parseListFileBytes,
  type SavedList,
} from '../../electron/common/listFile.ts';
import { ROOT } from '../support/paths.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'wardbook-save-'));
const list: SavedList = {
  format: LIST_FILE_FORMAT,
  version: LIST_FILE_VERSION,
  lines: ['Warfarin 5 mg daily', 'Aspirin 81 mg'],
  conditions: ['long QT'],
  allergies: [],
};

/**
 * A write the disk refuses half-way: a child process whose file-size limit (ulimit -f, 8 KB) is
 * below the file's size, so writing the temporary file fails with EFBIG after its first 8 KB.
 */
function writeOnFullDisk(target: string, size: number): string {
  const code = `import { atomicWrite } from ${JSON.stringify(resolve(ROOT, 'electron/node/files/atomicWrite.ts'))};
    try { atomicWrite(${JSON.stringify(target)}, 'x'.repeat(${size})); console.log('written'); }
    catch (e) { console.log(e.code); }`;
  const r = spawnSync(
    'bash',
    ['-c', 'ulimit -f 8; exec "$0" --import tsx --input-type=module -e "$1"', process.execPath, code],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return r.stdout.trim();
}

describe('atomic write', () => {
  it('writes and replaces a file, and leaves nothing else in the folder', () => {
    const dir = folder();
    const target = join(dir, 'list.json');
    atomicWrite(target, 'first');
    atomicWrite(target, 'second');
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['list.json']);
  });

  it('a write that fails half-way leaves the old file as it was and no temporary file', () => {
    const dir = folder();
    const target = join(dir, 'list.json');
    writeFileSync(target, 'the list saved yesterday');
    expect(writeOnFullDisk(target, 100_000)).toBe('EFBIG');
    expect(readFileSync(target, 'utf8')).toBe('the list saved yesterday');
    expect(readdirSync(dir)).toEqual(['list.json']);
  });

  it('a rename that fails (a folder has the name) leaves no temporary file', () => {
    const dir = folder();
    mkdirSync(join(dir, 'list.json'));
    writeFileSync(join(dir, 'list.json', 'inside'), 'x');
    expect(() => {
      atomicWrite(join(dir, 'list.json'), 'new');
    }).toThrow();
    expect(readdirSync(dir)).toEqual(['list.json']);
    expect(readdirSync(join(dir, 'list.json'))).toEqual(['inside']);
  });
});

describe('saving a list', () => {
  it('saves a list that opens again as it was', () => {
    const path = join(folder(), 'bed 12.json');
    expect(saveListFile(path, list)).toEqual({ ok: true, path });
    expect(parseListFileBytes(readFileSync(path))).toEqual({ ok: true, value: list });
  });

  it('says in words why a list was not saved, and that the file there is unchanged', () => {
    const dir = folder();
    const missing = join(dir, 'no such folder', 'list.json');
    expect(saveListFile(missing, list)).toEqual({
      ok: false,
      error: `The list was not saved to ${missing}: that folder does not exist. A file already there is unchanged.`,
    });
    mkdirSync(join(dir, 'taken.json'));
    writeFileSync(join(dir, 'taken.json', 'x'), '');
    const r = saveListFile(join(dir, 'taken.json'), list);
    expect(r.ok).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['taken.json']);
  });

  it('a name typed without an extension is saved as .json', () => {
    expect(withJsonExtension('/home/nurse/bed 12')).toBe('/home/nurse/bed 12.json');
    expect(withJsonExtension('/home/nurse/list.JSON')).toBe('/home/nurse/list.JSON');
  });
});

describe('the save call', () => {
  it('takes only a list in the saved-list format, within its limits', () => {
    expect(saveRequest(list)).toEqual({ ok: true, value: list });
    for (const [payload, message] of [
      [null, /^list:save: /],
      [{ ...list, extra: 1 }, /unknown field "extra"/],
      [{ ...list, lines: Array<string>(501).fill('warfarin') }, /lines has more than 500 entries/],
      [{ ...list, lines: ['x'.repeat(2_001)] }, /lines\[0\] is longer than 2000 characters/],
      [{ ...list, version: 2 }, /version/],
    ] as const) {
      const r = saveRequest(payload);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });

  it('answers "not saved" when no file was chosen, and writes nothing', () => {
    expect(saveTo(null, list)).toEqual({ ok: true, value: { saved: false, path: null } });
    const path = join(folder(), 'chosen.json');
    expect(saveTo(path, list)).toEqual({ ok: true, value: { saved: true, path } });
  });

  it('main answers it itself, behind the same sender check as every call, and the preload exposes it', () => {
    const ipc = readFileSync(resolve(ROOT, 'electron/main/ipc.ts'), 'utf8');
    expect(ipc).toMatch(/registerSaveList[\s\S]*senderCheck\(trusted\)[\s\S]*ipcMain\.handle\(SAVE_LIST_CHANNEL/);
    expect(ipc).toMatch(
      /if \(!fromUs\(event\)\) return \{ ok: false, error: 'Refused: message from an untrusted sender' \};\s*return save\(payload\);/,
    );
    const preload = readFileSync(resolve(ROOT, 'electron/preload/index.ts'), 'utf8');
    expect(preload).toContain('saveList: (request) => ipcRenderer.invoke(SAVE_LIST_CHANNEL, request)');
    const dialog = readFileSync(resolve(ROOT, 'electron/main/saveDialog.ts'), 'utf8');
    // The payload is checked before any dialog opens.
    expect(dialog.indexOf('saveRequest(payload)')).toBeLessThan(dialog.indexOf('showSaveDialog'));
    expect(SAVE_LIST_CHANNEL).toBe('list:save');
  });
});
