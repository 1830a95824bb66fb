// Each full-text word's sections and hit counts without positions (pack table term_hits), read out
// of the FTS4 index at build time, and the same for the search phrases of the synonym table. The
// question search combines these lists itself: FTS4 must load the whole position list of every
// alternative in an OR group, which is most of a question's cost on a large pack.
import type { Database } from 'sql.js';

/** Sections ascending, with the word's or phrase's hits in each. */
export interface Hits {
  docs: Int32Array;
  counts: Int32Array;
}

// Blob: one (section id − previous section id, hits) pair of varints per section, ascending.
export function encodeHits(docs: ArrayLike<number>, counts: ArrayLike<number>): Uint8Array {
  const out: number[] = [];
  const put = (n: number) => {
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 0x80);
    }
    out.push(n);
  };
  let previous = 0;
  for (let i = 0; i < docs.length; i++) {
    put(docs[i]! - previous);
    put(counts[i]!);
    previous = docs[i]!;
  }
  return Uint8Array.from(out);
}

export function decodeHits(blob: Uint8Array): Hits {
  // At most one pair per two bytes.
  const docs = new Int32Array(blob.length >> 1);
  const counts = new Int32Array(blob.length >> 1);
  let n = 0;
  let doc = 0;
  for (let i = 0; i < blob.length; n++) {
    let v = 0;
    for (let shift = 1; ; shift *= 0x80) {
      const b = blob[i++]!;
      v += (b & 0x7f) * shift;
      if (b < 0x80) break;
    }
    doc += v;
    let c = 0;
    for (let shift = 1; ; shift *= 0x80) {
      const b = blob[i++]!;
      c += (b & 0x7f) * shift;
      if (b < 0x80) break;
    }
    docs[n] = doc;
    counts[n] = c;
  }
  return { docs: docs.subarray(0, n), counts: counts.subarray(0, n) };
}

/** FTS3/4's varint: seven bits a byte, least significant first. */
function varint(b: Uint8Array, at: number): [number, number] {
  let v = 0;
  for (let shift = 1; ; shift *= 0x80) {
    const byte = b[at++]!;
    v += (byte & 0x7f) * shift;
    if (byte < 0x80) return [v, at];
  }
}

/**
 * Every term of a one-column FTS4 index after 'optimize' (a single segment), with its doclist read
 * as sections and hit counts. A leaf is: height 0, the first term (length, bytes), its doclist
 * (length, bytes), then each further term as shared-prefix length, suffix length, suffix, doclist.
 * A doclist is, per section, the docid delta, then its positions (each delta + 2) ending in 0.
 */
export function termHitsFromIndex(db: Database, fts: string): Map<string, { blob: Uint8Array; documents: number }> {
  const segments = db.exec(`SELECT start_block, leaves_end_block, root FROM ${fts}_segdir`)[0]?.values ?? [];
  if (segments.length > 1) throw new Error(`${fts}: ${segments.length} segments; run 'optimize' first`);
  const out = new Map<string, { blob: Uint8Array; documents: number }>();
  if (segments.length === 0) return out;
  const [start, end, root] = segments[0]! as [number, number, Uint8Array];
  const leaves: Uint8Array[] = [];
  if (start === 0) leaves.push(root);
  else {
    const stmt = db.prepare(`SELECT block FROM ${fts}_segments WHERE blockid BETWEEN ? AND ? ORDER BY blockid`);
    stmt.bind([start, end]);
    while (stmt.step()) leaves.push(stmt.get()[0] as Uint8Array);
    stmt.free();
  }
  const utf8 = new TextDecoder();
  for (const leaf of leaves) {
    const [height, from] = varint(leaf, 0);
    if (height !== 0) throw new Error(`${fts}: a leaf of height ${height}`);
    let term = new Uint8Array(0);
    let at = from;
    for (let first = true; at < leaf.length; first = false) {
      let shared = 0;
      if (!first) [shared, at] = varint(leaf, at);
      let length: number;
      [length, at] = varint(leaf, at);
      const next = new Uint8Array(shared + length);
      next.set(term.subarray(0, shared));
      next.set(leaf.subarray(at, at + length), shared);
      term = next;
      at += length;
      let size: number;
      [size, at] = varint(leaf, at);
      const docs: number[] = [];
      const counts: number[] = [];
      let doc = 0;
      for (let p = at; p < at + size;) {
        let delta: number;
        [delta, p] = varint(leaf, p);
        doc += delta;
        let hits = 0;
        for (;;) {
          let v: number;
          [v, p] = varint(leaf, p);
          if (v === 0) break;
          if (v === 1) throw new Error(`${fts}: a second column in a one-column index`);
          hits++;
        }
        docs.push(doc);
        counts.push(hits);
      }
      at += size;
      out.set(utf8.decode(term), { blob: encodeHits(docs, counts), documents: docs.length });
    }
  }
  return out;
}

/** A phrase's sections and hit counts, as FTS4 counts them (matchinfo 'y' of the phrase alone). */
export function phraseHits(db: Database, fts: string, phrase: string): Uint8Array {
  const stmt = db.prepare(`SELECT docid, matchinfo(${fts}, 'y') FROM ${fts} WHERE ${fts} MATCH ? ORDER BY docid`);
  const docs: number[] = [];
  const counts: number[] = [];
  try {
    stmt.bind([`"${phrase}"`]);
    while (stmt.step()) {
      const [doc, info] = stmt.get() as [number, Uint8Array];
      docs.push(doc);
      counts.push(new Uint32Array(info.buffer, info.byteOffset, 1)[0]!);
    }
  } finally {
    stmt.free();
  }
  return encodeHits(docs, counts);
}
