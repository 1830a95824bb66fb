// Knowledge-base files that are not domain files (properties and rules): each has its own reader.
export const SPECIAL_FILES: ReadonlySet<string> = new Set([
  'citations.json',
  'conditions.json',
  'allergies.json',
  'synonyms.json',
  'tallman.json',
  'search-synonyms.json',
]);
