// Lines of a pasted list that are not medicines: instructions ("Follow up with PCP in 2 weeks",
// "Hold if SBP < 100"), headers ("Discharge medications:"), allergy statements, supplies and devices
// ("pen needles", "CPAP"). They are shown as notes: never matched to a drug, never an alarm.

const INSTRUCTION =
  /^(follow[- ]?up|f\/u\b|hold\b|held\b|allerg|nkda\b|nka\b|no known|diet\b|activity\b|call\b|return\b|labs?\b|check\b|checks\b|monitor|appointment|appt\b|see\b|pcp\b|discharge\b|discharged\b|admit|instruction|patient\b|pt\b|pt\.|weight\b|weigh\b|vitals?\b|bp\b|sbp\b|dbp\b|hr\b|inr\b|a1c\b|goal\b|target\b|wound\b|keep\b|avoid\b|do not\b|don't\b|dont\b|stop\b|stopped\b|discontinue|d\/c\b|dc'?d\b|note\b|notes\b|comment|signed\b|dictated\b|if\b|when\b|please\b|schedule|referral|refer\b|consult|physical therapy|occupational therapy|pt\/ot\b|encourage|education|counsel|fluid restriction|low (sodium|salt|fat)|regular diet|cardiac diet|diabetic diet|npo\b|ambulat|elevate|shower|bath|driving|no driving|no lifting|lifting|rest\b|walk\b|exercise|sleep hygiene|code status|full code|dnr\b|dni\b|diagnos|problem list|history\b|hx\b|pmh\b|s\/p\b|status post|review\b|reviewed\b|reconcil|per\b|as per\b|resume diet|tolerating|blood (sugar|glucose|pressure)|fingerstick|accu-?chek(s)? (qid|tid|ac)|glucose (check|monitor|log)|sugar log|daily weights?|ins and outs|i\/o\b|strict i|telemetry|tele\b|oxygen saturation|spo2|o2 sat|iv access|picc (line )?care|flush (the )?picc|home health|visiting nurse|vna\b|outpatient|clinic\b|dr\.?\s|doctor\b|md\b|nurse\b|pharmacist\b|this\b|the\b|he\b|she\b|they\b|we\b|you\b|your\b|i\b|was\b|were\b|has\b|had\b|have\b|is\b|are\b)/i;

// Supplies and devices: a line naming one of these in its name part is not a medicine.
const SUPPLY =
  /\b(needles?|syringes?|pen needles|test strips?|strips|lancets?|glucometer|glucose meter|meter|cpap|bipap|c-pap|bi-pap|compressor|nebuli[sz]er machine|machine|tubing|supplies|cuff|swabs?|wipes|stockings|ted hose|hose|walker|rollator|cane|wheelchair|commode|brace|sling|crutches|thermometer|sharps|container|catheters?|ostomy|colostomy bags?|bags?|dressings?|gauze|bandages?|tape|incontinence|briefs|diapers|chux|glucose monitor|cgm|dexcom|freestyle libre|libre sensor|sensors?|monitor|pump supplies|infusion set|reservoir|shoes|insoles|glasses|hearing aid)\b/i;

// A discharge summary's section heading written as a sentence ("CONTINUE taking these medications",
// "CHANGE how you take these medications", "ASK your doctor about these medicines"): a few words ending
// in the list's name. A line naming a drug ("Continue aspirin 81 mg") does not end that way.
const HEADING_SENTENCE =
  /^(?:\S+\s+){0,5}(?:these|the following|your|other|new|current|home|all)\s+(?:home\s+|current\s+|other\s+)?(?:medications|medicines|meds|prescriptions)\s*:?$/i;

// A reconciliation verb before the drug ("Continue aspirin 81 mg", "NEW: lisinopril 10 mg", "Increase
// furosemide to 40 mg daily"): the medicine is what follows it. "Stop" and "hold" are not here: a stopped
// or held drug is a note.
export const ACTION =
  /^(?:continued?|start(?:ed)?|begin|resumed?|restart(?:ed)?|increased?|decreased?|reduced?|changed?|new|add(?:ed)?|adjust(?:ed)?|taper|titrate)\b\s*[:\-–]?\s+(?=\S)/i;

// A heading over medicines the patient no longer takes ("STOP taking these medications", "Discontinued
// medications:", "Do not take these medicines").
const STOP_HEADING =
  /^(?:stop(?:ped)?|discontinued?|do not take|don't take|no longer take)\b.*\b(?:medications|medicines|meds|prescriptions)\s*:?$/i;

/** Whether a list line heads the medicines the patient has stopped. */
export const isStopHeading = (input: string) => STOP_HEADING.test(listItem(input));

/** The reason a heading line is a note. */
export const HEADING = 'a heading';

/** The line without its list numbering or bullet ("1. ", "- ", "• ") and without a reconciliation verb. */
export const listItem = (input: string) =>
  input
    .replace(/^\s*(?:\d+[.)]|[-*•·]+)\s*/, '')
    .trim()
    .replace(ACTION, '');

/** Why a line is a note, or null when it may be a medicine; `text` is the line as `listItem` gives it. */
export function noteReason(text: string, name: string): string | null {
  // Any script's letters: "ＷＡＲＦＡＲＩＮ ５ｍｇ" pasted in full-width forms names a medicine.
  if (!/\p{L}/u.test(text)) return 'no medicine name on this line';
  if (text.endsWith(':') && /^(?:\S+\s+){0,5}\S*:$/.test(text)) return HEADING;
  if (HEADING_SENTENCE.test(text)) return HEADING;
  if (INSTRUCTION.test(text)) return 'an instruction or note, not a medicine';
  if (SUPPLY.test(name)) return 'a supply or device, not a medicine';
  return null;
}

/** A line with this many words in its name part and no known drug name at its start is prose. */
export const PROSE_WORDS = 5;
