// What the next printout shows. It lives in memory for the print only: patient details typed for a
// printout are cleared when the print job ends (`afterprint`, which Chromium and Electron fire once
// the dialog closes), never stored.
import { nextTick, ref, shallowRef } from 'vue';
import type { CheckResult, MatchedEntry, Monograph, UnmatchedEntry } from '../../../electron/common/contract.ts';

export interface PatientFields { name: string; dob: string; id: string; ward: string }

export type PrintJob =
  | { kind: 'list-clinician'; result: CheckResult; entries: (MatchedEntry | UnmatchedEntry)[]; patient: PatientFields }
  | { kind: 'list-patient'; result: CheckResult; entries: (MatchedEntry | UnmatchedEntry)[]; patient: PatientFields; monographs: Monograph[] }
  | { kind: 'drug'; monograph: Monograph; sectionKeys: string[] };

const job = shallowRef<PrintJob | null>(null);
const printedAt = shallowRef('');
// Ctrl+P asks the active view to open its own print dialog; each view watches this counter.
const requests = ref(0);

function clear(): void {
  job.value = null;
}

export function usePrint() {
  async function print(next: PrintJob): Promise<void> {
    job.value = next;
    printedAt.value = new Date().toLocaleString();
    await nextTick();
    window.addEventListener('afterprint', clear, { once: true });
    window.print();
  }
  const requestPrint = () => { requests.value += 1; };
  return { job, printedAt, print, requests, requestPrint };
}
