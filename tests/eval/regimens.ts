// Common regimens, written as a prescriber writes them, to measure over-alerting. None of these
// combinations is contraindicated; each `expected` entry is a clinician's verdict on an alert
// this list is known to raise, so the report can tell real alerts from noise.
export interface Regimen {
  id: string;
  title: string;
  lines: string[];
  /** Upper bounds a sane checker stays under for this list (pair interactions + list alerts). */
  ceiling: { contraindicated: number; major: number; total: number };
  /** Verdicts on specific alerts: key is "a|b" (drug ids, sorted) or "alert:<rule id>". */
  verdicts: Record<string, { verdict: 'appropriate' | 'spurious' | 'overgraded'; note: string }>;
}

export const REGIMENS: Regimen[] = [
  {
    id: 'hfref',
    title: 'Heart failure with reduced ejection fraction (GDMT)',
    lines: [
      'Sacubitril/valsartan 49/51 mg PO BID',
      'Metoprolol succinate 50 mg PO daily',
      'Spironolactone 25 mg PO daily',
      'Dapagliflozin 10 mg PO daily',
      'Furosemide 40 mg PO daily',
      'Atorvastatin 40 mg PO nightly',
    ],
    ceiling: { contraindicated: 0, major: 3, total: 15 },
    verdicts: {
      'spironolactone|valsartan': {
        verdict: 'appropriate',
        note: 'intended in GDMT, but potassium and creatinine need checking',
      },
      'alert:hypotensive-cumulative': {
        verdict: 'appropriate',
        note: 'moderate; GDMT is meant to lower pressure, a reminder about sick-day rules',
      },
      'alert:grapefruit-moderate': {
        verdict: 'overgraded',
        note: 'atorvastatin with grapefruit matters only in large amounts; noise on every statin list',
      },
    },
  },
  {
    id: 't2dm-htn',
    title: 'Type 2 diabetes with hypertension',
    lines: [
      'Metformin 1000 mg PO BID',
      'Glipizide 5 mg PO daily',
      'Empagliflozin 10 mg PO daily',
      'Lisinopril 20 mg PO daily',
      'Amlodipine 10 mg PO daily',
      'Hydrochlorothiazide 25 mg PO daily',
      'Atorvastatin 20 mg PO nightly',
    ],
    ceiling: { contraindicated: 0, major: 2, total: 15 },
    verdicts: {
      'alert:grapefruit-moderate': {
        verdict: 'overgraded',
        note: 'amlodipine/atorvastatin: small effect at usual intake',
      },
    },
  },
  {
    id: 'post-acs',
    title: 'Secondary prevention after acute coronary syndrome (PCI with stent)',
    lines: [
      'Aspirin 81 mg PO daily',
      'Ticagrelor 90 mg PO BID',
      'Atorvastatin 80 mg PO nightly',
      'Metoprolol tartrate 25 mg PO BID',
      'Ramipril 5 mg PO daily',
      'Pantoprazole 40 mg PO daily',
      'Nitroglycerin 0.4 mg SL PRN chest pain',
    ],
    ceiling: { contraindicated: 0, major: 2, total: 15 },
    verdicts: {
      'aspirin|ticagrelor': { verdict: 'appropriate', note: 'intended dual antiplatelet therapy; moderate is right' },
      'aspirin|metoprolol': {
        verdict: 'spurious',
        note: 'ONC non-interruptive NSAID-beta-blocker pair applied to 81 mg aspirin',
      },
      'aspirin|ramipril': {
        verdict: 'spurious',
        note: 'ONC non-interruptive NSAID-ACE inhibitor pair applied to 81 mg aspirin',
      },
      'alert:alcohol-warfarin-bleeding': {
        verdict: 'overgraded',
        note: 'message speaks of INR and warfarin although only low-dose aspirin is on the list',
      },
    },
  },
  {
    id: 'af-doac',
    title: 'Atrial fibrillation on a DOAC with rate control',
    lines: [
      'Apixaban 5 mg PO BID',
      'Diltiazem ER 240 mg PO daily',
      'Atorvastatin 40 mg PO nightly',
      'Lisinopril 10 mg PO daily',
      'Pantoprazole 40 mg PO daily',
    ],
    ceiling: { contraindicated: 0, major: 1, total: 10 },
    verdicts: {
      'apixaban|atorvastatin': {
        verdict: 'spurious',
        note: 'ONC non-interruptive anticoagulant-statin pair; no interaction of note with apixaban',
      },
      'apixaban|pantoprazole': {
        verdict: 'spurious',
        note: 'ONC non-interruptive pair written for warfarin; a PPI is protective with a DOAC',
      },
    },
  },
  {
    id: 'copd',
    title: 'COPD, frequent exacerbator',
    lines: [
      'Tiotropium 18 mcg inhaled daily',
      'Fluticasone/salmeterol 250/50 mcg 1 puff inhaled BID',
      'Albuterol HFA 2 puffs q4h PRN',
      'Azithromycin 250 mg PO three times weekly',
      'Amlodipine 5 mg PO daily',
    ],
    ceiling: { contraindicated: 0, major: 1, total: 10 },
    verdicts: {},
  },
  {
    id: 'depression-pain',
    title: 'Depression with chronic pain',
    lines: [
      'Duloxetine 60 mg PO daily',
      'Pregabalin 75 mg PO BID',
      'Acetaminophen 1 g PO QID',
      'Tramadol 50 mg PO q6h PRN',
      'Trazodone 50 mg PO nightly',
    ],
    ceiling: { contraindicated: 0, major: 4, total: 12 },
    verdicts: {
      'alert:serotonergic-cumulative': {
        verdict: 'appropriate',
        note: 'duloxetine + tramadol + trazodone is a real serotonin-syndrome risk',
      },
      'alert:cns-depressant-cumulative': { verdict: 'appropriate', note: 'falls and oversedation risk' },
      'pregabalin|tramadol': {
        verdict: 'appropriate',
        note: 'gabapentinoid + opioid respiratory depression (FDA 2019)',
      },
      'alert:hyponatraemia-cumulative': { verdict: 'appropriate', note: 'SNRI + tramadol, both cause SIADH' },
    },
  },
  {
    id: 'elderly-poly',
    title: 'Elderly polypharmacy (14 drugs)',
    lines: [
      'Amlodipine 5 mg PO daily',
      'Lisinopril 20 mg PO daily',
      'Furosemide 20 mg PO daily',
      'Metformin 500 mg PO BID',
      'Atorvastatin 40 mg PO nightly',
      'Aspirin 81 mg PO daily',
      'Omeprazole 20 mg PO daily',
      'Levothyroxine 75 mcg PO daily',
      'Alendronate 70 mg PO weekly',
      'Calcium carbonate 600 mg PO BID',
      'Donepezil 10 mg PO nightly',
      'Tamsulosin 0.4 mg PO daily',
      'Sertraline 50 mg PO daily',
      'Acetaminophen 500 mg PO q6h PRN',
    ],
    ceiling: { contraindicated: 0, major: 4, total: 30 },
    verdicts: {
      'calcium-carbonate|levothyroxine': { verdict: 'appropriate', note: 'separate by 4 h' },
      'alendronate|calcium-carbonate': { verdict: 'appropriate', note: 'alendronate first, fasting' },
      'alert:enteral-feeds': {
        verdict: 'spurious',
        note: 'no tube feed was entered; shown for every levothyroxine list',
      },
      'atorvastatin|levothyroxine': { verdict: 'spurious', note: 'ONC non-interruptive pair with no action' },
    },
  },
  {
    id: 'cap-inpatient',
    title: 'Community-acquired pneumonia, ward admission',
    lines: [
      'Ceftriaxone 1 g IV q24h',
      'Azithromycin 500 mg IV daily',
      'Enoxaparin 40 mg SC daily',
      'Acetaminophen 650 mg PO q6h PRN',
      'Ondansetron 4 mg IV q8h PRN',
      'Albuterol 2.5 mg neb q4h PRN',
    ],
    ceiling: { contraindicated: 0, major: 2, total: 10 },
    verdicts: {
      'azithromycin|ondansetron': {
        verdict: 'appropriate',
        note: 'two known-risk QT drugs; check ECG and potassium, but very common and rarely acted on',
      },
    },
  },
  {
    id: 'post-op',
    title: 'Post-operative analgesia after hip replacement',
    lines: [
      'Acetaminophen 1 g PO q6h',
      'Oxycodone 5 mg PO q4h PRN',
      'Hydromorphone 0.5 mg IV q3h PRN breakthrough pain',
      'Ketorolac 15 mg IV q6h',
      'Ondansetron 4 mg IV q8h PRN',
      'Enoxaparin 40 mg SC daily',
      'Senna 8.6 mg PO nightly',
    ],
    ceiling: { contraindicated: 0, major: 4, total: 15 },
    verdicts: {
      'enoxaparin|ketorolac': {
        verdict: 'appropriate',
        note: 'bleeding risk at the operative site; limit ketorolac to 5 days',
      },
      'alert:duplicate-class': {
        verdict: 'overgraded',
        note: 'scheduled oral opioid with IV breakthrough is a deliberate plan',
      },
      'acetaminophen|enoxaparin': {
        verdict: 'spurious',
        note: 'ONC non-interruptive anticoagulant-acetaminophen pair is about warfarin and regular high doses',
      },
    },
  },
];
