// What the patient handout says about each medicine: what it is for, how to take it, the warning signs to act on
// and what to avoid, from the list line, the list's alerts and counselling (in our own short words), and the
// label's Medication Guide or patient counselling text (its own words, cut to its first sentences: the handout
// points to the full leaflet rather than reprinting pages).
import type { CheckResult, Monograph, MonographSection } from './contract.ts';
import { bullets, howToTake, splitGuide, type GuidePart } from './patientText.ts';

export interface HandoutMedicine {
  input: string;
  name: string;
  forWhat: string;
  how: string[];
  warning: string[];
  /** From the list's alerts and counselling, in our words. */
  avoid: string[];
  /** What the Medication Guide says to avoid, in its words. */
  labelAvoid: string[];
  /** True when label text was cut: the handout then points to the full leaflet. */
  more: boolean;
}

export const HANDOUT_INTRO =
  'This sheet is about the medicines on your list. Keep it with you. If something is not clear, ask your nurse or pharmacist.';
export const MORE_IN_LEAFLET = 'There is more in the full leaflet. Ask your pharmacist for it.';

/** Label text a patient reads on the handout, per block: whole sentences up to this many characters. */
export const BLOCK_CHARS = 420;

const sentencesOf = (text: string) =>
  text
    .split(/\n+/)
    .flatMap((line) => line.match(/[^.!?]+(?:[.!?]+["”’)]*(?=\s|$)|$)/g) ?? [])
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The text's first whole sentences (or bullet lines) up to `max` characters, at least the first one; a line that
 * opens a list ("Call your doctor if you:") is not left at the end without its items.
 */
// 'See "What is the most important information …?"': a pointer to another part of the leaflet, which a
// handout that quotes only its opening cannot follow.
const POINTER = /^(?:•\s*)?See\s+["“][^"”]*["”]\s*\.?$/;

export function firstSentences(text: string, max = BLOCK_CHARS): { text: string; cut: boolean } {
  const pieces = sentencesOf(text).filter((s) => !POINTER.test(s.trim()));
  const kept: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (kept.length > 0 && length + piece.length > max) break;
    kept.push(piece);
    length += piece.length + 1;
  }
  while (kept.length > 1 && kept.length < pieces.length && kept.at(-1)!.endsWith(':')) kept.pop();
  const out = kept
    .join(' ')
    .replace(/\s*•\s*/g, '\n• ')
    .trim();
  return { text: out, cut: kept.length < pieces.length };
}

// In a label's patient counselling section (written to the prescriber), the sentences that name what the
// patient should report or act on.
const ACT_ON =
  /\b(report|seek|call|contact|stop taking|right away|immediately|tell (?:your|their|the)? ?(?:doctor|healthcare))/i;

/** The counselling sentences that say what to act on, in label order; else its first sentences. */
export function actOnSentences(text: string): string {
  const acting = sentencesOf(text).filter((s) => ACT_ON.test(s));
  return acting.length ? acting.join(' ') : text;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const listed = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}` : (names[0] ?? '');

const section = (m: Monograph | undefined, key: string): MonographSection | undefined =>
  m?.tabs.flatMap((t) => t.sections).find((s) => s.key === key && s.text && !s.fromOther);

function avoidFor(result: CheckResult, drugId: string, name: string): string[] {
  const out = new Set<string>();
  for (const i of result.interactions) {
    if (i.a.id !== drugId && i.b.id !== drugId) continue;
    const other = i.a.id === drugId ? i.b.name : i.a.name;
    out.add(capital(`${name} and ${other} can affect each other. Ask before you start, stop or change one.`));
  }
  // Food, alcohol and tobacco advice comes as counselling, apart from the graded alerts.
  for (const c of result.counselling)
    if (c.subject && c.drugs.some((d) => d.id === drugId))
      out.add(`Avoid ${c.subject.toLowerCase()} while you take ${name}, or ask how much is safe.`);
  for (const a of result.alerts) {
    if (!a.drugs.some((d) => d.id === drugId)) continue;
    const names = listed(a.drugs.map((d) => d.name));
    if (a.kind === 'duplicate-therapy')
      out.add(
        a.drugs.length > 1
          ? capital(`${names} work in the same way. Do not take more medicines like them unless your doctor says so.`)
          : `Do not take other medicines that contain ${name}.`,
      );
    else if (a.kind === 'cumulative')
      out.add(capital(`${names} add to the same risk. Ask before you take any other medicine.`));
    else if (a.kind === 'allergy') out.add(`You may be allergic to ${name}. Tell your nurse before you take it.`);
  }
  return [...out];
}

export function handoutMedicines(result: CheckResult, monographs: Monograph[]): HandoutMedicine[] {
  return result.recognized.map((e) => {
    const m = monographs.find((x) => x.drug.id === e.drugId);
    const guide = splitGuide(section(m, 'medication_guide')?.text ?? '');
    let more = false;
    const short = (text: string) => {
      const { text: kept, cut } = firstSentences(text);
      more ||= cut;
      return kept;
    };
    const part = (p: GuidePart) => guide.filter((g) => g.part === p).map((g) => g.text);
    const counselling = section(m, 'patient_counseling')?.text;
    const warning = [...part('important').slice(0, 1), ...part('side-effects').slice(0, 1)].map(short);
    return {
      input: e.input,
      name: e.name,
      forWhat: part('what').slice(0, 1).map(short)[0] ?? '',
      how: [howToTake(e.line.dose, e.line.route, e.line.frequency), ...part('how').slice(0, 1).map(short)].filter(
        Boolean,
      ),
      warning: warning.length ? warning : counselling ? [short(actOnSentences(bullets(counselling)))] : [],
      avoid: avoidFor(result, e.drugId, e.name),
      // Shown as list items: the leaflet's own bullet would be doubled.
      labelAvoid: part('avoid')
        .slice(0, 1)
        .map((t) => short(t).replace(/^•\s*/, '')),
      more,
    };
  });
}
