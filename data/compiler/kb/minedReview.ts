// Review of what mineLabels.ts extracts: the pairs and QT tags a reviewer rejected (with why), and
// the plain-words text a mined pair gets from the mechanism its sentence names.

/** Unordered "a|b" pairs (sorted names) read wrongly from their sentence. */
export const REJECTED_PAIRS = new Map<string, string>([
  ['bedaquiline|pretomanid', 'given together as one regimen; the sentence is about the regimen with inducers'],
  ['linezolid|pretomanid', 'given together as one regimen; the sentence is about the regimen with inducers'],
]);

/** Drugs whose label mentions QT only about other drugs, or only to say it has no QT effect. */
export const REJECTED_QT = new Map<string, string>([
  ['aprepitant', 'the sentence is about raised levels of other (QT-prolonging) CYP3A4 substrates'],
  ['fosaprepitant dimeglumine', 'the sentence is about raised levels of other CYP3A4 substrates'],
  ['cinacalcet', 'QT prolongation only through hypocalcaemia, a condition alert rather than a drug property'],
  ['fentanyl', 'the sentence is about neuroleptics given with it'],
  ['letermovir', 'the sentence is about raised pimozide levels'],
  ['mannitol', 'arrhythmia only through electrolyte shifts'],
  ['nefazodone', 'the sentence is about raised terfenadine, astemizole, cisapride and pimozide levels'],
  ['rolapitant', 'the sentence is about raised thioridazine and pimozide levels'],
  ['ozanimod', 'the sentence names patients with QT prolongation (a contraindication), not an effect of ozanimod'],
  ['rocuronium', 'observed only with general anaesthetics in children; not a property of rocuronium'],
  ['fosphenytoin', 'arrhythmias from rapid infusion rate, covered by the label dosing advice'],
  ['ponatinib', 'QT listed once among many arrhythmia events; no QT warning'],
  ['bortezomib', 'isolated reports only; no QT warning'],
]);

const MECHANISMS: { test: RegExp; mechanism: string; effect: string }[] = [
  {
    test: /QT|torsade/i,
    effect: 'Additive QT prolongation, with a risk of torsades de pointes.',
    mechanism: 'Both drugs prolong cardiac repolarisation, or one raises the level of a QT-prolonging drug.',
  },
  {
    test: /CYP3A|CYP2D6|CYP2C|CYP1A2|P-gp|P-glycoprotein|exposure|plasma concentration|levels/i,
    effect: 'The level of one drug changes markedly (toxicity if raised, loss of effect if lowered).',
    mechanism: 'One drug alters the metabolism or transport of the other (the label gives the enzyme or transporter).',
  },
  {
    test: /serotonin/i,
    effect: 'Serotonin syndrome.',
    mechanism: 'Both drugs raise serotonergic activity.',
  },
  {
    test: /bleed|hemorrhag|haemorrhag/i,
    effect: 'Higher risk of serious bleeding.',
    mechanism: 'Additive effects on clotting or platelets.',
  },
  {
    test: /hypotension|blood pressure/i,
    effect: 'Severe low blood pressure.',
    mechanism: 'Additive blood-pressure-lowering effects.',
  },
  {
    test: /hyperkal|potassium/i,
    effect: 'Dangerous rise in blood potassium.',
    mechanism: 'Both drugs raise potassium.',
  },
  {
    test: /vaccin/i,
    effect: 'Infection from a live vaccine, or a poor response to a vaccine.',
    mechanism: 'Immunosuppression lets a live vaccine organism replicate and blunts the immune response.',
  },
];

export function textFor(
  labelled: string,
  named: string,
  severity: 'contraindicated' | 'major',
  sentence: string,
): { effect: string; mechanism: string; management: string } {
  const known = MECHANISMS.find((m) => m.test.test(sentence));
  return {
    effect:
      known?.effect ??
      `The ${labelled} label restricts use with ${named}; its sentence (quoted under Why) gives the risk.`,
    mechanism: known?.mechanism ?? `As stated in the ${labelled} label (quoted under Why).`,
    management:
      severity === 'contraindicated'
        ? `Do not combine: the ${labelled} label contraindicates use with ${named}. Choose an alternative.`
        : `Avoid the combination, as the ${labelled} label advises; if it cannot be avoided, follow the label's dose and monitoring advice.`,
  };
}
