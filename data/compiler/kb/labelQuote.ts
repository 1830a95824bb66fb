// A mined label sentence as it reads under "Why": the label's own words, without the table pipes,
// section number and subsection heading, and cross-references that its flattened text carries.
import { removeCrossReferences } from '../labels/cleanText.ts';

// Lower-case words a title-case heading keeps ("Drugs that Prolong QT", "Effects of Other Drugs on …").
const TITLE_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'that',
  'the',
  'to',
  'with',
]);
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\s+/;

const naming = (partners: string[]) => (text: string) =>
  partners.some((p) => text.toLowerCase().includes(p.toLowerCase()));

/**
 * "7.1 CYP3A4 Inhibitors Alfuzosin hydrochloride … are contraindicated" → "Alfuzosin hydrochloride …":
 * the heading ends before the first capitalised word that a lower-case word (not a title's) follows.
 * A heading that alone names the partner stays, as the label's context ("Lomitapide, Lovastatin, and
 * Simvastatin: Concomitant administration … with lomitapide …").
 */
function withoutHeading(text: string, partners: string[]): string {
  const numbered = SECTION_NUMBER.exec(text);
  if (!numbered) return text;
  const words = text.slice(numbered[0].length).split(' ');
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i]!;
    const next = words[i + 1]!;
    if (/^[A-Z0-9]/.test(word) && /^[a-z]/.test(next) && !TITLE_WORDS.has(next)) {
      const [heading, sentence] = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
      const names = naming(partners);
      return partners.length && !names(sentence) && names(heading) ? `${heading}: ${sentence}` : sentence;
    }
    // A plain lower-case word: the text is a sentence from its first word, with no heading to cut.
    if (/^[a-z]/.test(word) && !TITLE_WORDS.has(word)) break;
  }
  return words.join(' ');
}

/**
 * A drug-interaction table row ("Antiarrhythmics: amiodarone | ↑ amiodarone | Concomitant use … is
 * contraindicated"): its comment cell when that names the partner, else the drugs and what the row says
 * of them ("Disopyramide Quinidine Dofetilide Amiodarone …: Not Recommended").
 */
function fromTableRow(text: string, partners: string[]): string {
  const cells = text
    .split(/\s+\|\s+/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (cells.length < 2) return text;
  const comment = cells[cells.length - 1]!;
  if (!partners.length || naming(partners)(comment)) return comment;
  return `${cells[0]}: ${(cells.length > 2 ? cells.slice(1, -1) : [comment]).join('; ')}`;
}

/** The quote shown for a label sentence; `partners` are the drugs the quote is about, when known. */
export function labelQuote(sentence: string, partners: string[] = []): string {
  return removeCrossReferences(withoutHeading(fromTableRow(sentence, partners), partners))
    .replace(/\s+/g, ' ')
    .trim();
}
