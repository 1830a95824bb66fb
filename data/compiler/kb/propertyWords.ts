// A knowledge-base property in the words an alert's "why" shows a pharmacist ("fluconazole: moderate
// CYP3A4 inhibitor"), never the property's key ("cyp3a4_inhibitor (moderate)").

const ENZYME = /^(cyp\w+|pgp)_(inhibitor|inducer|substrate)$/;

const SUBSTRATE: Record<string, string> = {
  sensitive: 'sensitive {E} substrate',
  moderate: 'moderately sensitive {E} substrate',
  nti: '{E} substrate with a narrow therapeutic index',
};

const LABEL_AVOID: Record<string, string> = {
  strong_inhibitor: 'its label says to avoid strong CYP3A inhibitors',
  moderate_inhibitor: 'its label says to avoid moderate CYP3A inhibitors',
  strong_inducer: 'its label says to avoid strong CYP3A inducers',
  moderate_inducer: 'its label says to avoid moderate CYP3A inducers',
  strong_inhibitor_contraindicated: 'its label contraindicates strong CYP3A inhibitors',
  moderate_inhibitor_contraindicated: 'its label contraindicates moderate CYP3A inhibitors',
  strong_inducer_contraindicated: 'its label contraindicates strong CYP3A inducers',
  moderate_inducer_contraindicated: 'its label contraindicates moderate CYP3A inducers',
};

/** Words for one value of a property, where the value changes the meaning. */
const VALUES: Record<string, Record<string, string>> = {
  qt_risk: {
    known: 'prolongs the QT interval (known torsades risk)',
    possible: 'prolongs the QT interval (possible torsades risk)',
    conditional: 'prolongs the QT interval under some conditions (high dose, low potassium, interacting drugs)',
  },
  serotonergic: { strong: 'strongly serotonergic', moderate: 'serotonergic' },
  acid_reducer: {
    ppi: 'acid reducer (proton pump inhibitor)',
    h2ra: 'acid reducer (H2 blocker)',
    antacid: 'acid reducer (antacid)',
  },
  acid_dependent: {
    avoid: 'needs stomach acid to be absorbed (its label says to avoid acid reducers)',
    reduced: 'absorbed less when stomach acid is reduced',
    separate: 'absorbed less with acid reducers unless the doses are separated',
  },
  vaccine: { 'live attenuated': 'live attenuated vaccine', inactivated: 'non-live vaccine' },
  dopamine_antagonist: { strong: 'dopamine antagonist' },
};

/** Words for a property whose value is only "yes". */
const YES: Record<string, string> = {
  ssri: 'SSRI antidepressant',
  snri: 'SNRI antidepressant',
  nsaid: 'NSAID',
  maoi: 'MAO inhibitor',
  ace_inhibitor: 'ACE inhibitor',
  arb: 'angiotensin receptor blocker',
  aliskiren: 'direct renin inhibitor',
  cns_depressant: 'CNS depressant',
  respiratory_depressant: 'depresses breathing',
  pde5_inhibitor: 'PDE5 inhibitor',
  sgc_stimulator: 'sGC stimulator',
  calcium_channel_blocker_nondhp: 'rate-slowing calcium-channel blocker (verapamil or diltiazem type)',
  av_blocking: 'slows conduction through the AV node',
  bradycardic: 'slows the heart rate',
  hypotensive: 'lowers blood pressure',
  hypoglycaemic: 'lowers blood glucose',
  hypokalaemia_inducing: 'can lower potassium',
  hyponatraemia: 'can lower sodium',
  potassium_raising: 'raises potassium',
  potassium_sparing_diuretic: 'potassium-sparing diuretic',
  potassium_supplement: 'potassium supplement',
  seizure_threshold: 'lowers the seizure threshold',
  myelosuppressive: 'suppresses the bone marrow',
  cytotoxic: 'cytotoxic chemotherapy',
  bleeding_risk: 'raises bleeding risk',
  dopaminergic: 'dopaminergic (dopamine agonist or levodopa)',
  nti: 'narrow therapeutic index',
  qt_contraindicates_other_qt: 'its label contraindicates other QT-prolonging drugs',
  chelation_sensitive: 'bound in the gut by calcium, magnesium, aluminium, iron or zinc',
  azole_antifungal: 'azole antifungal',
  protease_inhibitor: 'protease inhibitor',
  xanthine_oxidase_inhibitor: 'xanthine oxidase inhibitor',
};

/** The property and its value in plain words; a drug graded twice ("strong/moderate") reads as both. */
export function describeProperty(property: string, value: string): string {
  const values = value.split('/');
  if (values.length > 1 && !ENZYME.test(property))
    return [...new Set(values.map((v) => describeProperty(property, v)))].join('; ');
  const enzyme = ENZYME.exec(property);
  if (enzyme) {
    const name = enzyme[1] === 'pgp' ? 'P-gp' : enzyme[1]!.toUpperCase();
    if (enzyme[2] === 'substrate') return (SUBSTRATE[value] ?? `{E} substrate (${value})`).replace('{E}', name);
    return `${value} ${name} ${enzyme[2]}`;
  }
  if (property === 'cyp3a4_label_avoid')
    return LABEL_AVOID[value] ?? `its label restricts CYP3A perpetrators (${value})`;
  if (property === 'anticholinergic') return `anticholinergic (burden score ${value})`;
  if (property === 'allergy_group') return `in the ${value.replace(/_/g, ' ')} allergy group`;
  const known = VALUES[property]?.[value] ?? (value === 'yes' ? YES[property] : undefined);
  if (known) return known;
  const words = property.replace(/_/g, ' ');
  return value === 'yes' ? words : `${words} (${value.replace(/_/g, ' ')})`;
}
