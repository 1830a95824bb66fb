import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { PackInfo, PatientFactor } from '../../../electron/common/contract.ts';
import { api } from '../api.ts';

export const usePackStore = defineStore('pack', () => {
  const info = ref<PackInfo | null>(null);
  const error = ref<string | null>(null);
  const patientFactors = ref<{ conditions: PatientFactor[]; allergies: PatientFactor[] }>({
    conditions: [],
    allergies: [],
  });

  async function load(): Promise<void> {
    try {
      info.value = await api.packInfo();
      patientFactors.value = await api.patientFactors();
    } catch (e) {
      error.value = (e as Error).message;
    }
  }

  /** An alert subject in words: a condition or allergy id (alerts carry ids) as its label, anything else as it is. */
  const subjectLabel = (idOrText: string): string =>
    [...patientFactors.value.conditions, ...patientFactors.value.allergies].find((t) => t.id === idOrText)?.label ??
    idOrText;

  return { info, error, patientFactors, subjectLabel, load };
});
