// A sorted word list with what spelling correction and prefix search need: binary search for
// prefixes, and each word's letter counts, which bound the edit distance from below (every edit
// changes at most two counts) and so skip almost every word before the exact distance is computed.
import { compareText, lowerBound } from '../../common/order.ts';
import { allowedEdits, editDistance } from './editDistance.ts';

const SLOTS = 27;

function slot(code: number): number {
  return code >= 97 && code <= 122 ? code - 97 : 26;
}

/** Which of the 27 slots a word uses, as bits: letters used by one word and not the other each cost an edit count. */
function slotMask(word: string): number {
  let mask = 0;
  for (let c = 0; c < word.length; c++) mask |= 1 << slot(word.charCodeAt(c));
  return mask;
}

function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function countLetters(word: string, into: Uint8Array, at: number): void {
  for (let c = 0; c < word.length; c++) {
    const i = at + slot(word.charCodeAt(c));
    into[i] = (into[i] ?? 0) + 1;
  }
}

export class Lexicon {
  readonly words: string[];
  private readonly counts: Uint8Array;
  private readonly masks: Int32Array;
  /** Word indices by length, and where each length starts in it: a misspelling is compared only with words near its length. */
  private readonly byLength: Int32Array;
  private readonly lengthStart: Int32Array;

  constructor(words: string[]) {
    this.words = [...words].sort();
    this.counts = new Uint8Array(this.words.length * SLOTS);
    this.words.forEach((w, i) => countLetters(w, this.counts, i * SLOTS));
    this.masks = Int32Array.from(this.words, slotMask);
    const longest = this.words.reduce((m, w) => Math.max(m, w.length), 0);
    this.lengthStart = new Int32Array(longest + 2);
    for (const w of this.words) this.lengthStart[w.length + 1]!++;
    for (let l = 1; l < this.lengthStart.length; l++) this.lengthStart[l]! += this.lengthStart[l - 1]!;
    const next = this.lengthStart.slice();
    this.byLength = new Int32Array(this.words.length);
    this.words.forEach((w, i) => (this.byLength[next[w.length]!++] = i));
  }

  has(word: string): boolean {
    const i = this.lowerBound(word);
    return this.words[i] === word;
  }

  /** Words starting with `prefix`, in order, at most `limit`. */
  withPrefix(prefix: string, limit: number): string[] {
    const out: string[] = [];
    for (
      let i = this.lowerBound(prefix);
      i < this.words.length && out.length < limit && this.words[i]!.startsWith(prefix);
      i++
    )
      out.push(this.words[i]!);
    return out;
  }

  /** Closest words within the allowed edits, nearest first, then alphabetically. */
  closest(word: string, limit: number, maxEdits = allowedEdits(word.length)): string[] {
    if (maxEdits === 0) return [];
    const own = new Uint8Array(SLOTS);
    countLetters(word, own, 0);
    const ownMask = slotMask(word);
    const scored: [string, number][] = [];
    const from = this.lengthStart[Math.min(Math.max(word.length - maxEdits, 0), this.lengthStart.length - 1)]!;
    const to = this.lengthStart[Math.min(word.length + maxEdits + 1, this.lengthStart.length - 1)]!;
    for (let k = from; k < to; k++) {
      const i = this.byLength[k]!;
      const candidate = this.words[i]!;
      if (candidate === word || bitCount(ownMask ^ this.masks[i]!) > 2 * maxEdits) continue;
      let diff = 0;
      for (let s = 0; s < SLOTS && diff <= 2 * maxEdits; s++) diff += Math.abs(own[s]! - this.counts[i * SLOTS + s]!);
      if (diff > 2 * maxEdits) continue;
      const d = editDistance(word, candidate, maxEdits);
      if (d <= maxEdits) scored.push([candidate, d]);
    }
    scored.sort((x, y) => x[1] - y[1] || compareText(x[0], y[0]));
    return scored.slice(0, limit).map(([w]) => w);
  }

  private lowerBound(word: string): number {
    return lowerBound(this.words, word, (w) => w);
  }
}
