// How label prose is cut for reading: into sentences, and a sentence into folded words. The label
// miner and the evaluation's label test set cut text the same way; what each then looks for differs.

/** Sentences, split at sentence ends, semicolons, bullets and line breaks; white space folded. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.;:])\s+(?=[A-Z•(\d])|\n+|•|;\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0);
}

/** Lower-case words with accents folded; parentheses are kept as word breaks, not dropped. */
export function words(sentence: string): string[] {
  return sentence
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}
