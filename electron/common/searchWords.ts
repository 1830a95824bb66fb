import { foldName } from './normalize.ts';

/**
 * The words of a search or of a synonym entry, folded the way the full-text index folds text
 * (lower case, no diacritics, letters and digits): "IV-push" and "iv push" meet as ["iv", "push"].
 */
export function searchWords(text: string): string[] {
  return foldName(text).match(/[a-z0-9]+/g) ?? [];
}
