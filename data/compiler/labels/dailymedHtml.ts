// DailyMed prescribing information exported as section HTML (one JSON record per label, each section's
// whole HTML under a camel-case key). Subsections keep DailyMed's data-sectioncode LOINC attributes, so
// "Use in Specific Populations" is cut into pregnancy, lactation, pediatric and geriatric by code.
import type { SectionKey } from '../../../electron/common/sections.ts';
import type { LabelDoc } from '../model.ts';
import { renderNode, TextBuilder } from './markupText.ts';
import { SectionCollector } from './sectionCollector.ts';
import { keyForSplSection } from './sectionMap.ts';
import { isoDate } from './titles.ts';
import { parseHtmlFragment } from './labelHtml.ts';
import type { MarkupElement, MarkupNode } from './markupTree.ts';

// Record keys holding section HTML, in label order; the others (clinical studies, nonclinical toxicology) are not monograph text.
const KEYS: ReadonlyArray<readonly [string, SectionKey | 'split']> = [
  ['boxedWarning', 'boxed_warning'],
  ['indicationsAndUsage', 'indications'],
  ['dosageAndAdministration', 'dosage_administration'],
  ['dosageFormsAndStrengths', 'dosage_forms'],
  ['contraindications', 'contraindications'],
  ['warningsAndPrecautions', 'warnings_precautions'],
  ['adverseReactions', 'adverse_reactions'],
  ['drugInteractions', 'drug_interactions'],
  ['useInSpecificPopulations', 'split'],
  ['overdosage', 'overdosage'],
  ['description', 'description'],
  ['clinicalPharmacology', 'clinical_pharmacology'],
  ['howSupplied', 'storage'],
  ['patientCounselingInformation', 'patient_counseling'],
  ['medicationGuide', 'medication_guide'],
];

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function headingOf(element: MarkupElement): string {
  const h = element.children.find((c): c is MarkupElement => typeof c !== 'string' && HEADINGS.has(c.name));
  const out = new TextBuilder();
  if (h) renderNode(h, out);
  return out.toString().trim();
}

/**
 * Renders an element; a subsection whose LOINC code feeds another key is collected under that key
 * instead (DailyMed nests 8.1 Pregnancy, 8.2 Lactation… inside 8 Use in Specific Populations).
 */
function render(node: MarkupNode, key: SectionKey, out: TextBuilder, collector: SectionCollector): void {
  if (typeof node === 'string') {
    out.text(node);
    return;
  }
  const code = node.attrs['data-sectioncode'];
  if (code) {
    const title = headingOf(node);
    const sub = keyForSplSection(code, title, true);
    if (sub && sub !== key) {
      collectInto(node, sub, title, collector);
      return;
    }
  }
  if (node.name === 'a' && !node.children.length) return;
  if (node.children.some((c) => typeof c !== 'string' && c.attrs['data-sectioncode'])) {
    for (const child of node.children) render(child, key, out, collector);
    return;
  }
  renderNode(node, out);
}

function collectInto(element: MarkupElement, key: SectionKey, title: string, collector: SectionCollector): void {
  const out = new TextBuilder();
  const nested = new SectionCollector();
  for (const child of element.children) {
    if (typeof child !== 'string' && HEADINGS.has(child.name) && headingOf(element) === title) {
      const heading = new TextBuilder();
      renderNode(child, heading);
      if (heading.toString().trim() === title) continue;
    }
    render(child, key, out, nested);
  }
  collector.add(key, title, out.toString(), out.tables);
  for (const s of nested.sections()) collector.add(s.key, s.title, s.text, s.tables);
}

/** A section that only groups others (Use in Specific Populations): each coded subsection by its own key. */
function splitSubsections(element: MarkupElement, collector: SectionCollector): void {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    const code = child.attrs['data-sectioncode'];
    const title = code ? headingOf(child) : '';
    const key = code ? keyForSplSection(code, title, false) : undefined;
    if (key) collectInto(child, key, title, collector);
    else splitSubsections(child, collector);
  }
}

function field(record: Record<string, unknown>, name: string): string {
  const value = record[name];
  return typeof value === 'string' ? value : '';
}

export function readDailyMedHtmlRecord(record: unknown, sourceId: string): LabelDoc {
  const outer = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  const label = (typeof outer.label === 'object' && outer.label !== null ? outer.label : {}) as Record<string, unknown>;
  const collector = new SectionCollector();
  for (const [name, key] of KEYS) {
    const html = field(label, name);
    if (!html.trim()) continue;
    const root = parseHtmlFragment(html);
    if (key === 'split') {
      splitSubsections(root, collector);
      continue;
    }
    const top = root.children.find((c): c is MarkupElement => typeof c !== 'string');
    const title = top ? headingOf(top) : '';
    collectInto(top && root.children.length === 1 ? top : root, key, title, collector);
  }
  const generic = field(label, 'genericName');
  const brand = field(outer, 'drugName').replace(/\s+Demo Pen$/i, '');
  return {
    sourceId,
    setId: field(outer, 'setId'),
    versionDate: isoDate(field(label, 'effectiveTime')),
    title: brand && generic ? `${brand} (${generic})` : brand || generic,
    ingredients: generic ? [generic] : [],
    brandNames: brand ? [brand] : [],
    productType: /PRESCRIPTION/i.test(field(label, 'productType')) ? 'rx' : 'unknown',
    sections: collector.sections(),
    manufacturer: field(outer, 'labeler') || field(label, 'labelerName'),
    boxedStated: true,
  };
}
