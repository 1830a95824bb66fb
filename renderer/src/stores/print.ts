// What the next printout shows. It lives in memory for the print only: patient details typed for a
// printout are cleared when the print job ends (`afterprint`, which Chromium and Electron fire once
// the dialog closes), never stored.
import { defineStore } from 'pinia';
import { nextTick, ref, shallowRef, toRaw } from 'vue';
import type {
  CheckResult,
  ListComparison,
  MatchedEntry,
  Monograph,
  NoteEntry,
  UnmatchedEntry,
} from '../../../electron/common/contract.ts';
import { labelLine } from '../../../electron/common/sectionText.ts';

export interface PatientFields {
  name: string;
  dob: string;
  id: string;
  ward: string;
}

export type PrintJob =
  | {
      kind: 'list-clinician';
      result: CheckResult;
      entries: (MatchedEntry | UnmatchedEntry | NoteEntry)[];
      patient: PatientFields;
    }
  | {
      kind: 'list-patient';
      result: CheckResult;
      entries: (MatchedEntry | UnmatchedEntry | NoteEntry)[];
      patient: PatientFields;
      monographs: Monograph[];
      largeType: boolean;
    }
  | { kind: 'drug'; monograph: Monograph; sectionKeys: string[] }
  | {
      kind: 'reconciliation';
      result: CheckResult;
      comparison: ListComparison;
      patient: PatientFields;
      beforeName: string;
      afterName: string;
    };

function packOf(next: PrintJob) {
  return next.kind === 'drug' ? next.monograph.pack : next.result.pack;
}

export const usePrintStore = defineStore('print', () => {
  const job = shallowRef<PrintJob | null>(null);
  const printedAt = shallowRef('');
  // Ctrl+P asks the active view to open its own print dialog; each view watches this counter.
  const requests = ref(0);
  // The pack version and print time go into every page's margin, through a constructed style sheet
  // (the CSP allows no inline style; the margin boxes cannot read the page's own text). Made at the
  // first print.
  let pageMargins: CSSStyleSheet | null = null;

  function clear(): void {
    job.value = null;
    if (pageMargins) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageMargins);
  }

  async function print(next: PrintJob): Promise<void> {
    job.value = next;
    printedAt.value = new Date().toLocaleString();
    const pack = packOf(next);
    const line = `Wardbook data pack ${pack.version} (built ${pack.builtAt}) · printed ${printedAt.value}`.replace(
      /["\\]/g,
      '',
    );
    // A drug summary names its label at the top of every page too.
    const label =
      next.kind === 'drug'
        ? `${next.monograph.drug.name} · label: ${next.monograph.label ? labelLine(next.monograph.label) : 'none in this data pack'}`
            .replace(/["\\]/g, '')
            .slice(0, 160)
        : '';
    const margins = (pageMargins ??= new CSSStyleSheet());
    margins.replaceSync(
      `@page { @bottom-left { content: "${line}"; font-size: 8pt; }${label ? ` @top-left { content: "${label}"; font-size: 7.5pt; }` : ''} }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => s !== margins), margins];
    await nextTick();
    window.addEventListener('afterprint', clear, { once: true });
    window.print();
  }
  const requestPrint = () => {
    requests.value += 1;
  };
  /** A list result that is no longer on screen is no longer printed either. */
  function discard(result: CheckResult): void {
    const j = job.value;
    if (j && j.kind !== 'drug' && toRaw(j.result) === toRaw(result)) clear();
  }
  return { job, printedAt, print, requests, requestPrint, discard };
});
