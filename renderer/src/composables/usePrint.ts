// What the next printout shows. It lives in memory for the print only: patient details typed for a
// printout are cleared as soon as the print dialog closes.
import { nextTick, shallowRef } from 'vue';
import type { CheckResult, MatchedEntry, Monograph, UnmatchedEntry } from '../../../electron/common/contract.ts';

export interface PatientFields { name: string; dob: string; id: string; ward: string }

export type PrintJob =
  | { kind: 'list-clinician'; result: CheckResult; entries: (MatchedEntry | UnmatchedEntry)[]; patient: PatientFields }
  | { kind: 'list-patient'; result: CheckResult; entries: (MatchedEntry | UnmatchedEntry)[]; patient: PatientFields; monographs: Monograph[] }
  | { kind: 'drug'; monograph: Monograph; sectionKeys: string[] };

const job = shallowRef<PrintJob | null>(null);
const printedAt = shallowRef('');

export function usePrint() {
  async function print(next: PrintJob): Promise<void> {
    job.value = next;
    printedAt.value = new Date().toLocaleString();
    await nextTick();
    window.print();
    // window.print() returns when the dialog closes (also in Electron): forget what was typed.
    job.value = null;
  }
  return { job, printedAt, print };
}
