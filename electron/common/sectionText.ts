// How a monograph section names itself and its label, the same on screen, in print and on the command line.
import type { LabelProduct, MonographSection } from './contract.ts';

/** "Dosage and administration — from the LOPRESSOR label (tartrate, oral)". */
export function sectionHeading(s: MonographSection): string {
  return s.fromOther ? `${s.title} — from ${s.fromOther}` : s.title;
}

/** "Label: TOPROL-XL … · AstraZeneca · set id … · 2025-12-29 · DailyMed SPL prescribing labels …". */
export function sourceLine(s: MonographSection): string {
  if (!s.source) return '';
  if (s.source.local) return `Local hospital content: ${s.source.name}`;
  const parts = [
    s.source.label ? `Label: ${s.source.label}` : '',
    s.source.manufacturer ?? '',
    s.source.setId && /^[0-9a-f-]{30,}$/i.test(s.source.setId) ? `set id ${s.source.setId}` : '',
    s.source.date ?? 'undated',
    s.source.name,
  ].filter(Boolean);
  return parts.join(' · ');
}

/** "METOPROLOL SUCCINATE extended-release tablets (succinate, extended-release, oral) · Acme · 2025-12-29". */
export function labelLine(l: LabelProduct): string {
  return [`${l.title}${l.product ? ` (${l.product})` : ''}`, l.manufacturer ?? '', l.date ?? 'undated', l.sourceName]
    .filter(Boolean)
    .join(' · ');
}
