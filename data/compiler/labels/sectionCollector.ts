// One LabelSection per key per label: parts that feed the same key (old-format WARNINGS and
// PRECAUTIONS, How Supplied and Storage) are joined in label order, each later part under its heading.
import { SECTIONS, type SectionKey } from '../../../electron/common/sections.ts';
import type { SectionTable } from '../../../electron/common/sectionTable.ts';
import type { LabelSection } from '../model.ts';

export class SectionCollector {
  private readonly byKey = new Map<SectionKey, LabelSection>();

  /** `tables` are the tables whose paragraphs stand in `text`, in order; `summary` the Highlights' key points. */
  add(key: SectionKey, title: string, text: string, tables: readonly SectionTable[] = [], summary = ''): void {
    const body = text.trim();
    if (!body) return;
    const heading = title.replace(/\s+/g, ' ').trim();
    const points = summary.trim();
    const existing = this.byKey.get(key);
    if (!existing) {
      this.byKey.set(key, {
        key,
        title: heading || SECTIONS[key].title,
        text: body,
        ...(tables.length > 0 ? { tables: [...tables] } : {}),
        ...(points ? { summary: points } : {}),
      });
    } else {
      existing.text += `\n\n${heading ? `${heading}\n\n` : ''}${body}`;
      if (tables.length > 0) existing.tables = [...(existing.tables ?? []), ...tables];
      if (points) existing.summary = existing.summary ? `${existing.summary}\n\n${points}` : points;
    }
  }

  sections(): LabelSection[] {
    return [...this.byKey.values()];
  }
}
