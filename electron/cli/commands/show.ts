// show <drug>: the drug's monograph, every section with its source.
import { InputError, need } from '../args.ts';
import { formatMonograph } from '../format.ts';
import { call, resolveDrug, type PackCommand } from './onPack.ts';

export function show({ args, pack, table, print }: PackCommand): number {
  need(args, 1);
  const input = args.positional.join(' ');
  const drug = resolveDrug(pack, input);
  if (!('id' in drug))
    throw new InputError(
      `"${input}" is not a drug in this data pack${drug.suggestions.length ? `; did you mean ${drug.suggestions.join(', ')}?` : ''}`,
    );
  const m = call(table, 'monograph', { drugId: drug.id, product: input });
  const sections = m.tabs.flatMap((t) =>
    t.sections.map((s) => ({
      key: s.key,
      title: s.title,
      tab: t.key,
      text: s.text ?? s.missingNote,
      ...(s.summary ? { summary: s.summary } : {}),
      ...(s.fromOther ? { fromOther: s.fromOther } : {}),
      source: s.source
        ? {
            id: s.source.id,
            name: s.source.name,
            setId: s.source.setId,
            date: s.source.date,
            local: s.source.local,
            label: s.source.label,
            manufacturer: s.source.manufacturer,
          }
        : null,
    })),
  );
  print(formatMonograph(m), {
    drug: {
      id: m.drug.id,
      name: m.drug.name,
      brands: m.drug.brands,
      classes: m.drug.classes,
      components: m.drug.components,
    },
    label: m.label,
    unmatched: m.unmatched,
    otherLabels: m.otherLabels,
    sections,
    pack: m.pack,
  });
  return 0;
}
