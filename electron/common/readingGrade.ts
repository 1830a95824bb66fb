// The Flesch–Kincaid grade level of a text, for the patient handout's reading age (grade + 5 ≈ age):
// 0.39 × words per sentence + 11.8 × syllables per word − 15.59. Syllables are counted by vowel groups, an
// English rule of thumb that is right for most words and close for the rest.

/** Syllables in one word: vowel groups, less a silent final "e", at least one. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  return Math.max(1, groups);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function readingGrade(text: string): Readability {
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)|\n+/).filter((s) => /[a-z]/i.test(s)).length);
  const words = text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const count = words.reduce((n, w) => n + syllables(w), 0);
  const n = Math.max(1, words.length);
  return {
    words: words.length,
    sentences,
    syllables: count,
    grade: 0.39 * (words.length / sentences) + 11.8 * (count / n) - 15.59,
  };
}
