// A knowledge-base entry mined from a label cites it as "label:<label id>#<section key>"; the
// citation row spells it out from the label the pack holds (drug, set id, section, version date),
// so the Sources screen and each alert show the full reference.
import type { PackContent } from '../../../shared/pack/content.ts';

export const LABEL_CITE = /^label:(.+)#([a-z_]+)$/;

export function labelCitation(content: PackContent, cite: string): void {
  const m = LABEL_CITE.exec(cite);
  if (!m || content.citations.has(cite)) return;
  const [, labelId = '', section = ''] = m;
  const label = content.labels.get(labelId);
  if (!label) throw new Error(`knowledge base cites ${cite}, but the pack has no label ${labelId}`);
  const setId = labelId.slice(labelId.indexOf(':') + 1);
  content.citations.set(cite, {
    id: cite,
    title: `FDA label: ${label.title} (set id ${setId}), ${section.replace(/_/g, ' ')} section, ${label.versionDate ? `version of ${label.versionDate}` : 'version date not stated by the source'}`,
    url: `https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=${setId}`,
    year: label.versionDate.slice(0, 4),
  });
}
