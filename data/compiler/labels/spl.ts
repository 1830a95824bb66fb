// DailyMed / HL7 SPL documents (urn:hl7-org:v3) → LabelDoc.
import type { LabelDoc } from '../model.ts';
import { renderChildren, renderNode, TextBuilder } from './markupText.ts';
import { SectionCollector } from './sectionCollector.ts';
import { keyForSplSection } from './sectionMap.ts';
import { cleanTitle, isoDate } from './titles.ts';
import { textOf, type MarkupElement } from './markupTree.ts';
import { HL7, hl7Child, hl7Children, hl7Descendants, hl7Path, parseXmlDocument } from './splXml.ts';
import type { SectionKey } from '../../../electron/common/sections.ts';
import { TABLE_MARK } from '../../../electron/common/sectionTable.ts';

const PRODUCT_DATA = '48780-1';
// NCI code of "Source NDC": a repackaged or relabelled product names the product it was made from.
const SOURCE_NDC = 'C64637';
// A contraindication or boxed warning stays whole even where a subsection also feeds another key
// (Lipitor's "4.3 Pregnancy" is both a contraindication and pregnancy text).
const KEEP_INLINE = new Set<SectionKey>(['contraindications', 'boxed_warning']);

function productType(code: MarkupElement | undefined): LabelDoc['productType'] {
  const value = code?.attrs.code ?? '';
  const display = (code?.attrs.displayName ?? '').toUpperCase();
  if (value === '34391-3' || display.includes('PRESCRIPTION')) return 'rx';
  if (value === '34390-5' || display.includes('OTC')) return 'otc';
  return 'unknown';
}

function distinct(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      out.push(name);
    }
  }
  return out;
}

/** Active ingredients from the product data: current SPL (ingredient classCode ACT*) and pre-2009 (activeIngredient). */
function readProducts(root: MarkupElement): { ingredients: string[]; brands: string[]; moieties: string[] } {
  const ingredients: string[] = [];
  const moieties: string[] = [];
  const brands: string[] = [];
  for (const product of hl7Descendants(root, 'manufacturedProduct')) {
    const inner = hl7Child(product, 'manufacturedProduct') ?? hl7Child(product, 'manufacturedMedicine') ?? product;
    const stack: MarkupElement[] = [inner];
    while (stack.length > 0) {
      const element = stack.pop()!;
      const brand = hl7Child(element, 'name');
      if (brand) brands.push(textOf(brand));
      for (const child of hl7Children(element)) {
        if (child.name === 'ingredient' && (child.attrs.classCode ?? '').startsWith('ACT')) {
          ingredients.push(textOf(hl7Path(child, 'ingredientSubstance/name')));
          for (const moiety of hl7Descendants(child, 'activeMoiety')) moieties.push(textOf(hl7Child(moiety, 'name')));
        } else if (child.name === 'activeIngredient') {
          ingredients.push(textOf(hl7Path(child, 'activeIngredientSubstance/name')));
        } else if (child.name === 'part' || child.name === 'partProduct') {
          stack.push(child);
        }
      }
    }
  }
  return { ingredients: distinct(ingredients), brands: distinct(brands), moieties: distinct(moieties) };
}

function sectionsOf(parent: MarkupElement): MarkupElement[] {
  return hl7Children(parent, 'component').flatMap((c) => hl7Children(c, 'section'));
}

/** A kept section's text: its narrative, then subsections under their headings unless they feed another key. */
function renderSection(section: MarkupElement, key: SectionKey, out: TextBuilder, collector: SectionCollector): void {
  for (const child of section.children) {
    if (typeof child === 'string' || child.ns !== HL7) continue;
    if (child.name === 'text') renderChildren(child, out);
    else if (child.name === 'component') {
      for (const sub of hl7Children(child, 'section')) {
        const subTitle = textOf(hl7Child(sub, 'title'));
        const subKey = keyForSplSection(hl7Child(sub, 'code')?.attrs.code ?? '', subTitle, true);
        if (subKey && subKey !== key) {
          collectSection(sub, true, collector);
          if (!KEEP_INLINE.has(key)) continue;
        }
        if (subTitle) {
          out.lineBreak(2);
          renderNode(subTitle, out);
          out.lineBreak(2);
        }
        renderSection(sub, key, out, collector);
      }
    }
  }
}

/** The Highlights excerpt of a section (its key points), as plain text; a table there stays in the full text only. */
function highlightsOf(section: MarkupElement): string {
  const out = new TextBuilder();
  for (const excerpt of hl7Children(section, 'excerpt'))
    for (const highlight of hl7Children(excerpt, 'highlight')) {
      const text = hl7Child(highlight, 'text');
      if (text) renderChildren(text, out);
      out.lineBreak(2);
    }
  return out
    .toString()
    .split('\n\n')
    .filter((paragraph) => !paragraph.startsWith(TABLE_MARK))
    .join('\n\n');
}

function collectSection(section: MarkupElement, parentKept: boolean, collector: SectionCollector): void {
  const code = hl7Child(section, 'code')?.attrs.code ?? '';
  if (code === PRODUCT_DATA) return;
  const title = textOf(hl7Child(section, 'title'));
  const key = keyForSplSection(code, title, parentKept);
  if (!key) {
    for (const sub of sectionsOf(section)) collectSection(sub, false, collector);
    return;
  }
  // Reserve the key's place in label order before subsections that feed other keys are collected.
  const out = new TextBuilder();
  const nested = new SectionCollector();
  renderSection(section, key, out, nested);
  collector.add(key, title, out.toString(), out.tables, highlightsOf(section));
  for (const s of nested.sections()) collector.add(s.key, s.title, s.text, s.tables, s.summary);
}

/** True when the root element is an HL7 v3 <document>, the only XML the SPL readers import. */
export function isSplDocument(root: MarkupElement): boolean {
  return root.ns === HL7 && root.name === 'document';
}

/** An SPL document; `fileName` names it in the error when it is not well-formed or not SPL. */
export function parseSplXml(xml: string, sourceId: string, fileName = sourceId): LabelDoc {
  return readSplDocument(parseXmlDocument(xml, fileName), sourceId, fileName);
}

export function readSplDocument(document: MarkupElement, sourceId: string, fileName = sourceId): LabelDoc {
  if (!isSplDocument(document))
    throw new Error(
      `${fileName}: not an SPL document (root is <${document.name}> in "${document.ns}", not <document> in ${HL7})`,
    );
  const setId = hl7Path(document, 'setId')?.attrs.root ?? hl7Path(document, 'id')?.attrs.root ?? '';
  const products = readProducts(document);
  const collector = new SectionCollector();
  const body = hl7Path(document, 'component/structuredBody');
  if (body) for (const section of sectionsOf(body)) collectSection(section, false, collector);
  const ingredients = products.ingredients.length > 0 ? products.ingredients : products.moieties;
  const title = cleanTitle(textOf(hl7Child(document, 'title'))) || products.brands[0] || ingredients.join(', ');
  return {
    sourceId,
    setId,
    versionDate: isoDate(hl7Path(document, 'effectiveTime')?.attrs.value),
    title,
    ingredients,
    brandNames: products.brands,
    productType: productType(hl7Child(document, 'code')),
    sections: collector.sections(),
    manufacturer: textOf(hl7Path(document, 'author/assignedEntity/representedOrganization/name')).trim(),
    repackaged: hl7Descendants(document, 'asEquivalentEntity').some(
      (e) => hl7Child(e, 'code')?.attrs.code === SOURCE_NDC,
    ),
    boxedStated: true,
  };
}
