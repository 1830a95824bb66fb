// Hospital-written monographs: a source of their own, shown as local content on screen and in print.
import { basename } from 'node:path';
import type { PackContent } from '../../shared/pack/content.ts';
import { readLocalMonographDir } from '../../shared/markdownMonograph/parseMonograph.ts';
import { foldName, moietyKey } from '../../electron/common/normalize.ts';
import { localSource } from './sources.ts';

export function addLocalMonographs(content: PackContent, dir: string, retrieved: string): void {
  const source = localSource(basename(dir), retrieved);
  content.addSource(source);
  const byName = new Map<string, string>();
  for (const n of content.names.values()) if (!byName.has(n.norm)) byName.set(n.norm, n.drugId);
  for (const { file, parsed } of readLocalMonographDir(dir)) {
    for (const u of parsed.unplaced)
      content.warnings.push(`local monograph ${file}: could not place "${u.heading}" (${u.reason})`);
    if (parsed.furniture.length > 0)
      content.warnings.push(
        `local monograph ${file}: left out ${parsed.furniture.length} line(s) of web-page furniture at its end (from "${parsed.furniture[0]}")`,
      );
    // A file that could not be read yields no content: report it, but create no empty drug for it.
    if (
      parsed.sections.length + parsed.interactions.length + parsed.sideEffects.length + parsed.conditions.length ===
      0
    )
      continue;
    const drugId = byName.get(foldName(parsed.drug.name)) ?? content.ensureDrug(moietyKey(parsed.drug.name), source.id);
    for (const brand of parsed.drug.brands) content.addName(drugId, brand, 'brand', source.id);
    for (const s of parsed.sections) {
      content.sections.push({
        drugId,
        key: s.key,
        title: `${s.title} (local monograph)`,
        text: s.text,
        tables: s.tables,
        labelId: null,
        sourceId: source.id,
      });
    }
    for (const i of parsed.interactions)
      content.localRows.push({ drugId, kind: 'interaction', name: i.name, detail: i.severity, sourceId: source.id });
    for (const e of parsed.sideEffects)
      content.localRows.push({
        drugId,
        kind: 'side-effect',
        name: e.name,
        detail: `${e.urgency}${e.frequency ? `; ${e.frequency}` : ''}`,
        sourceId: source.id,
      });
    for (const c of parsed.conditions)
      content.localRows.push({ drugId, kind: 'condition', name: c.name, detail: c.note ?? '', sourceId: source.id });
  }
}
