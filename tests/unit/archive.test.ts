// Archives handed to the compiler: a zip bomb, an oversized entry, a nested bomb or a damaged zip
// is refused with a message naming the file, before anything is unpacked; a damaged openFDA record
// is named by its position and set id.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_LIMITS, ArchiveError, gunzipChecked, unzipChecked } from '../../data/compiler/archive.ts';
import { readOpenFdaFiles } from '../../data/compiler/labels/openFdaFiles.ts';
import { readSplDir } from '../../data/compiler/labels/splDir.ts';

// 20 MB of one byte packs to about 20 kB: a thousandfold, as a zip bomb does.
const zeros = new Uint8Array(20_000_000);
const bomb = zipSync({ 'drug-label-0001-of-0001.json': zeros, 'label.xml': zeros }, { level: 9 });
const dir = mkdtempSync(join(tmpdir(), 'wardbook-archive-'));

describe('archive caps', () => {
  it('refuses an entry that unpacks far tighter than text does, naming the file and the entry', () => {
    expect(() => unzipChecked(bomb, 'x.zip', () => true)).toThrow(ArchiveError);
    expect(() => unzipChecked(bomb, 'x.zip', () => true)).toThrow(
      /^x\.zip: refused — .* would unpack to \d+ times its packed size \(limit 200×\) \(a damaged archive or a zip bomb\)\.$/,
    );
  });

  it('refuses an entry or an archive over the size limits', () => {
    const text = zipSync({
      'a.json': new TextEncoder().encode(
        JSON.stringify({ results: Array.from({ length: 500 }, (_, i) => ({ id: ((i * 7919) % 10007).toString(36) })) }),
      ),
    });
    const small = { ...ARCHIVE_LIMITS, maxEntryBytes: 1000 };
    expect(() => unzipChecked(text, 'a.zip', () => true, small)).toThrow(
      /a\.json would unpack to 0 MB, over the 0 MB limit/,
    );
    const total = { ...ARCHIVE_LIMITS, maxTotalBytes: 1000 };
    expect(() => unzipChecked(text, 'a.zip', () => true, total)).toThrow(/would unpack to more than/);
    expect(Object.keys(unzipChecked(text, 'a.zip', () => true))).toEqual(['a.json']);
  });

  it('refuses a damaged zip and a gzip bomb with a message', () => {
    expect(() => unzipChecked(new Uint8Array([80, 75, 3, 4, 1, 2, 3]), 'bad.zip', () => true)).toThrow(
      /^bad\.zip: not a readable zip archive/,
    );
    const gz = gzipSync(zeros);
    expect(() => gunzipChecked(gz, 'big.xml.gz', { ...ARCHIVE_LIMITS, maxEntryBytes: 1_000_000 })).toThrow(
      /^big\.xml\.gz: refused — it would unpack to more than 1 MB/,
    );
  });

  it('the openFDA and SPL readers refuse a zip bomb by file name', () => {
    const path = join(dir, 'drug-label-0001-of-0001.json.zip');
    writeFileSync(path, bomb);
    expect(() => readOpenFdaFiles([path], 'openfda')).toThrow(new RegExp(`^${path}: refused — .*zip bomb`));
    const spl = join(dir, 'spl');
    mkdirSync(spl);
    writeFileSync(join(spl, 'release.zip'), zipSync({ 'inner.zip': bomb }));
    expect(() => readSplDir(spl, 'dailymed')).toThrow(/release\.zip!inner\.zip: refused — .*zip bomb/);
  });

  it('names the openFDA record that is damaged', () => {
    const path = join(dir, 'drug-label-0002-of-0002.json');
    writeFileSync(path, '{"meta": {}, "results": [{"set_id": "abc", "openfda": {}}, {"set_id": "def", "x": tru}]}');
    expect(() => readOpenFdaFiles([path], 'openfda')).toThrow(
      new RegExp(`^${path}: results record 2 \\(at character \\d+\\) is not valid JSON`),
    );
  });
});
