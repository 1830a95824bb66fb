// Plain words for the patient handout: how a list line's dose, route and frequency read to a patient, and
// the parts of a Medication Guide (its own questions: "What is …?", "How should I take …?").
import { TABLE_MARK } from './sectionTable.ts';

const FREQUENCY: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(qd|od|daily|once daily|once a day|q24h)$/i, 'once a day'],
  [/^(bid|bd|twice daily|q12h)$/i, 'twice a day'],
  [/^(tid|tds|three times daily|q8h)$/i, '3 times a day'],
  [/^(qid|qds|four times daily|q6h)$/i, '4 times a day'],
  [/^(qhs|hs|nocte|at bedtime)$/i, 'at bedtime'],
  [/^(qam|mane)$/i, 'in the morning'],
  [/^(prn|as needed)$/i, 'only when you need it'],
  [/^q(\d+)h$/i, 'every $1 hours'],
  [/^(weekly|once weekly|qweek)$/i, 'once a week'],
];

const ROUTE: Readonly<Record<string, string>> = {
  po: 'by mouth',
  oral: 'by mouth',
  sl: 'under the tongue',
  iv: 'into a vein (your nurse gives it)',
  im: 'as an injection into a muscle',
  sc: 'as an injection under the skin',
  subcut: 'as an injection under the skin',
  sq: 'as an injection under the skin',
  inh: 'by breathing it in',
  neb: 'by breathing it in through a nebulizer',
  pr: 'into the back passage (rectum)',
  top: 'on the skin',
  td: 'as a patch on the skin',
};

/** "Take 5 mg by mouth once a day." from a list line's parts; '' when the line says nothing of how. */
export function howToTake(dose: string | null, route: string | null, frequency: string | null): string {
  const how = route ? (ROUTE[route.toLowerCase()] ?? route) : '';
  let when = '';
  if (frequency) {
    when = frequency;
    for (const [pattern, words] of FREQUENCY)
      if (pattern.test(frequency.trim())) {
        when = frequency.trim().replace(pattern, words);
        break;
      }
  }
  const parts = [dose, how, when].filter(Boolean);
  return parts.length ? `Take ${parts.join(' ')}.` : '';
}

export type GuidePart = 'what' | 'important' | 'who-not' | 'before' | 'how' | 'avoid' | 'side-effects' | 'other';

const QUESTIONS: ReadonlyArray<readonly [RegExp, GuidePart]> = [
  [/^What is the most important information I should know/i, 'important'],
  [/^What (is|are) (?!the possible)/i, 'what'],
  [/^(Who should not|Do not take)/i, 'who-not'],
  [/^(What should I tell|Before (you )?(take|taking|using))/i, 'before'],
  [/^How (should|do) I (take|use)/i, 'how'],
  [/^What should I avoid/i, 'avoid'],
  [/^What are the possible side effects/i, 'side-effects'],
];

const QUESTION = /(?:^|(?<=[\s.:]))((?:What|How|Who|Before)\b[^?.\n]{5,160}\?)/g;

/**
 * A Medication Guide cut at its questions; text before the first question is left out (title, boilerplate).
 * Many guides are laid out as a one- or two-column table: for a patient they are read as the text they hold.
 */
export function splitGuide(guide: string): { part: GuidePart; question: string; text: string }[] {
  const text = guide.replaceAll(TABLE_MARK, '').replace(/\t+/g, '\n');
  // A question in quotes ('See “What is the most important information …?”') points to a part; it opens none.
  const hits = [...text.matchAll(QUESTION)].filter(
    (m) => !/[“"‘]\s*$/.test(text.slice(0, m.index + m[0].indexOf(m[1]!))),
  );
  return hits.map((m, i) => {
    const question = m[1]!.trim();
    const start = m.index + m[0].length;
    const end = i + 1 < hits.length ? hits[i + 1]!.index : text.length;
    const part = QUESTIONS.find(([pattern]) => pattern.test(question))?.[1] ?? 'other';
    return { part, question, text: bullets(text.slice(start, end).trim()) };
  });
}

/** Inline "•" bullets on their own lines. */
export function bullets(text: string): string {
  return text
    .replace(/\s*•\s*/g, '\n• ')
    .replace(/^\n/, '')
    .trim();
}
