// DailyMed / HL7 SPL documents (urn:hl7-org:v3) → LabelDoc.
import type { LabelDoc } from '../model.ts';
import { renderChildren, renderNode, TextBuilder } from './markupText.ts';
import { SectionCollector } from './sectionCollector.ts';
import { keyForSplSection } from './sectionMap.ts';
import { cleanTitle, isoDate } from './titles.ts';
import { childElements, descendants, firstChild, parseXml, pathOf, textOf, type XmlElement } from './xml.ts';
import type { SectionKey } from '../../../electron/common/sections.ts';

const PRODUCT_DATA = '48780-1';
// A contraindication or boxed warning stays whole even where a subsection also feeds another key
// (Lipitor's "4.3 Pregnancy" is both a contraindication and pregnancy text).
const KEEP_INLINE = new Set<SectionKey>(['contraindications', 'boxed_warning']);

function productType(code: XmlElement | undefined): LabelDoc['productType'] {
  const value = code?.attrs.code ?? '';
  const display = (code?.attrs.displayname ?? '').toUpperCase();
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
function readProducts(root: XmlElement): { ingredients: string[]; brands: string[]; moieties: string[] } {
  const ingredients: string[] = [];
  const moieties: string[] = [];
  const brands: string[] = [];
  for (const product of descendants(root, 'manufacturedproduct')) {
    const inner = firstChild(product, 'manufacturedproduct') ?? firstChild(product, 'manufacturedmedicine') ?? product;
    const stack: XmlElement[] = [inner];
    while (stack.length > 0) {
      const element = stack.pop()!;
      const brand = firstChild(element, 'name');
      if (brand) brands.push(textOf(brand));
      for (const child of childElements(element)) {
        if (child.name === 'ingredient' && (child.attrs.classcode ?? '').startsWith('ACT')) {
          ingredients.push(textOf(pathOf(child, 'ingredientsubstance/name')));
          for (const moiety of descendants(child, 'activemoiety')) moieties.push(textOf(firstChild(moiety, 'name')));
        } else if (child.name === 'activeingredient') {
          ingredients.push(textOf(pathOf(child, 'activeingredientsubstance/name')));
        } else if (child.name === 'part' || child.name === 'partproduct') {
          stack.push(child);
        }
      }
    }
  }
  return { ingredients: distinct(ingredients), brands: distinct(brands), moieties: distinct(moieties) };
}

function sectionsOf(parent: XmlElement): XmlElement[] {
  return childElements(parent, 'component').flatMap((c) => childElements(c, 'section'));
}

/** A kept section's text: its narrative, then subsections under their headings unless they feed another key. */
function renderSection(section: XmlElement, key: SectionKey, out: TextBuilder, collector: SectionCollector): void {
  for (const child of section.children) {
    if (typeof child === 'string') continue;
    if (child.name === 'text') renderChildren(child, out);
    else if (child.name === 'component') {
      for (const sub of childElements(child, 'section')) {
        const subTitle = textOf(firstChild(sub, 'title'));
        const subKey = keyForSplSection(firstChild(sub, 'code')?.attrs.code ?? '', subTitle, true);
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

/** The Highlights excerpt of a section (its key points), as plain text. */
function highlightsOf(section: XmlElement): string {
  const out = new TextBuilder();
  for (const excerpt of childElements(section, 'excerpt'))
    for (const highlight of childElements(excerpt, 'highlight')) {
      const text = firstChild(highlight, 'text');
      if (text) renderChildren(text, out);
      out.lineBreak(2);
    }
  return out.toString();
}

function collectSection(section: XmlElement, parentKept: boolean, collector: SectionCollector): void {
  const code = firstChild(section, 'code')?.attrs.code ?? '';
  if (code === PRODUCT_DATA) return;
  const title = textOf(firstChild(section, 'title'));
  const key = keyForSplSection(code, title, parentKept);
  if (!key) {
    for (const sub of sectionsOf(section)) collectSection(sub, false, collector);
    return;
  }
  // Reserve the key's place in label order before subsections that feed other keys are collected.
  const out = new TextBuilder();
  const nested = new SectionCollector();
  renderSection(section, key, out, nested);
  collector.add(key, title, out.toString(), highlightsOf(section));
  for (const s of nested.sections()) collector.add(s.key, s.title, s.text);
}

export function parseSplXml(xml: string, sourceId: string): LabelDoc {
  const root = parseXml(xml);
  const document = firstChild(root, 'document');
  if (!document) throw new Error(`${sourceId}: not an SPL document (no <document> root)`);
  const setId = pathOf(document, 'setid')?.attrs.root ?? pathOf(document, 'id')?.attrs.root ?? '';
  const products = readProducts(document);
  const collector = new SectionCollector();
  const body = pathOf(document, 'component/structuredbody');
  if (body) for (const section of sectionsOf(body)) collectSection(section, false, collector);
  const ingredients = products.ingredients.length > 0 ? products.ingredients : products.moieties;
  const title = cleanTitle(textOf(firstChild(document, 'title'))) || products.brands[0] || ingredients.join(', ');
  return {
    sourceId,
    setId,
    versionDate: isoDate(pathOf(document, 'effectivetime')?.attrs.value),
    title,
    ingredients,
    brandNames: products.brands,
    productType: productType(firstChild(document, 'code')),
    sections: collector.sections(),
    manufacturer: textOf(pathOf(document, 'author/assignedentity/representedorganization/name')).trim(),
    boxedStated: true,
  };
}
