// A drug's monograph, laid out in the tabs a nurse knows. A section the pack lacks is returned
// with the words "not in this data pack" and the kind of source that would supply it.
import type { Database } from 'sql.js';
import type { Monograph, MonographSection, PackMeta, SourceEntry } from '../../common/contract.ts';
import { CORE_SECTIONS_BY_TAB, SECTIONS, TABS, isSectionKey, type SectionKey } from '../../common/sections.ts';
import {
  brandsOf,
  classesOf,
  componentsOf,
  dosageFormsOf,
  drugById,
  highAlertOf,
  tallmanFor,
} from '../queries/drugs.ts';
import { allSources } from '../queries/packInfo.ts';
import { sectionsOf } from '../queries/sections.ts';
import type { SectionTable } from '../../common/sectionTable.ts';

export class NotFoundError extends Error {}

export function missingNote(key: SectionKey): string {
  return `Not in this data pack. This section would come from ${SECTIONS[key].suppliedBy}.`;
}

export function monograph(db: Database, meta: PackMeta, drugId: string): Monograph {
  const drug = drugById(db, drugId);
  if (!drug) throw new NotFoundError(`No drug with id "${drugId}" in this data pack.`);
  const rows = sectionsOf(db, drugId);
  const present: MonographSection[] = rows.flatMap((r) =>
    isSectionKey(r.key)
      ? [
          {
            id: r.id,
            key: r.key,
            title: r.title,
            text: r.text,
            tables: r.tables ? (JSON.parse(r.tables) as SectionTable[]) : [],
            missingNote: null,
            source: {
              id: r.source_id,
              name: r.source_name,
              label: r.label_title,
              local: r.source_kind === 'local',
              setId: r.label_id ? r.label_id.slice(r.label_id.indexOf(':') + 1) : null,
              date: r.version_date || null,
            },
          },
        ]
      : [],
  );

  const tabs = TABS.map(({ key, title }) => {
    const sections = present.filter((s) => SECTIONS[s.key].tab === key);
    const core = key === 'sources' || key === 'interactions' ? [] : CORE_SECTIONS_BY_TAB[key];
    const wanted = key === 'interactions' ? ['drug_interactions' as const] : core;
    for (const missing of wanted.filter((k) => !sections.some((s) => s.key === k))) {
      sections.push({
        id: null,
        key: missing,
        title: SECTIONS[missing].title,
        text: null,
        tables: [],
        missingNote: missingNote(missing),
        source: null,
      });
    }
    const order = (k: SectionKey) => Object.keys(SECTIONS).indexOf(k);
    sections.sort((x, y) => order(x.key) - order(y.key));
    return { key, title, sections };
  });

  const used = new Set(present.map((s) => s.source?.id));
  const sources: SourceEntry[] = allSources(db).filter(
    (s) => used.has(s.id) || s.kind === 'vocabulary' || s.kind === 'classes',
  );
  const tall = tallmanFor(db, drug.name);
  return {
    drug: {
      id: drug.id,
      name: drug.name,
      kind: drug.kind,
      rxStatus: drug.rx_status,
      brands: brandsOf(db, drugId),
      classes: classesOf(db, drugId).map((c) => ({ type: c.type, name: c.class })),
      components: componentsOf(db, drugId),
      dosageForms: dosageFormsOf(db, drugId),
      tallman: tall ? { display: tall.display, confusable: JSON.parse(tall.confusable) as string[] } : null,
      highAlert: highAlertOf(db, drugId),
    },
    tabs,
    sources,
    pack: meta,
  };
}
