import type { MatchReason, NamedDrug } from '../../electron/common/contract.ts';

/** Why a section matched, in one line: "drug named: ibuprofen · words: maximum dose · synonym: not exceed". */
export function matchReasonText(why: MatchReason): string {
  return [
    why.drugNamed ? `drug named: ${why.drugNamed}` : null,
    why.sectionAsked ? 'the section asked about' : null,
    why.words.length ? `words found: ${why.words.join(', ')}` : null,
    why.forms.length ? `word forms: ${why.forms.join(', ')}` : null,
    why.synonyms.length ? `synonyms used: ${why.synonyms.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

const HOW: Record<NamedDrug['how'], string> = {
  generic: 'generic name',
  brand: 'brand of',
  synonym: 'other name for',
  salt: 'salt form of',
  abbreviation: 'abbreviation for',
  spelling: 'spelling of',
};

/** "Advil: brand of ibuprofen", "HCTZ: abbreviation for hydrochlorothiazide". */
export function namedDrugText(d: NamedDrug): string {
  return d.how === 'generic' ? d.name : `${d.typed}: ${HOW[d.how]} ${d.name}`;
}
