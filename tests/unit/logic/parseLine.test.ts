// Reading a pasted list line into name, dose, route and frequency, directly (no pack needed).
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../electron/node/checker/parseLine.ts';

describe('parseLine', () => {
  it.each([
    ['Eliquis5mg', { name: 'Eliquis', dose: '5mg', route: null, frequency: null }],
    ['• Lisinopril 10 mg PO daily', { name: 'Lisinopril', dose: '10 mg', route: 'PO', frequency: 'daily' }],
    ['Warfarin ½ tab daily', { name: 'Warfarin', dose: '1/2 tab', route: null, frequency: 'daily' }],
    [
      'Metformin 500mg po bid with meals',
      { name: 'Metformin', dose: '500mg', route: 'po', frequency: 'bid with meals' },
    ],
    ['aspirin 81 mg by mouth daily', { name: 'aspirin', dose: '81 mg', route: null, frequency: 'by mouth daily' }],
    ['Humalog per sliding scale', { name: 'Humalog per sliding scale', dose: null, route: null, frequency: null }],
  ])('%s', (input, expected) => {
    expect(parseLine(input)).toEqual({ input, ...expected });
  });

  it('keeps the line as typed in input, whatever it strips', () => {
    const input = '  3) Amlodipine (Norvasc) 5 mg daily  ';
    expect(parseLine(input)).toMatchObject({ input, name: 'Amlodipine', dose: '5 mg', frequency: 'daily' });
  });
});
