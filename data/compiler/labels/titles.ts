// Label titles as people read them, and dates as the pack stores them.

/** PLR titles open with the Highlights boilerplate; keep the product line after it. */
const HIGHLIGHTS =
  /these highlights do not include all the information needed to use\s*(.+?)\s*safely and effectively\.?/i;
const APPROVAL = /\s*Initial U\.?\s?S\.? Approval:?\s*\d{4}.*$/i;

export function cleanTitle(raw: string): string {
  const title = raw
    .replace(/\s+/g, ' ')
    .replace(/highlights of prescribing information\s*/i, '')
    .trim();
  const m = HIGHLIGHTS.exec(title);
  if (!m) return title.replace(APPROVAL, '').trim();
  const name = m[1]!.trim();
  let after = title.slice(m.index + m[0].length).replace(/^\s*see full prescribing information for\s*/i, '');
  if (after.toLowerCase().startsWith(name.toLowerCase())) after = after.slice(name.length).replace(/^\s*\.?/, '');
  // Otherwise "…for X." ends at a full stop that is not the one in "U.S." of the approval line.
  else after = /^.+?(?<!\bU|\bU\.S)\.(?=\s|[A-Z(]|$)(.*)$/.exec(after)?.[1] ?? '';
  return after.replace(APPROVAL, '').trim() || title.slice(0, m.index).replace(APPROVAL, '').trim() || name;
}

/** "20260102" or "20100728120000-0500" → "2026-01-02"; anything else → ''. */
export function isoDate(value: string | undefined): string {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value?.trim() ?? '');
  if (!m) return '';
  const [, y, mo, d] = m;
  return Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31 ? `${y}-${mo}-${d}` : '';
}
