import type { AlertKind } from '../../electron/common/contract.ts';

export const ALERT_KIND_LABEL: Record<AlertKind, string> = {
  'duplicate-therapy': 'Duplicate therapy',
  cumulative: 'Cumulative risk',
  condition: 'Patient condition',
  food: 'Food, alcohol or tobacco',
  allergy: 'Allergy',
};
