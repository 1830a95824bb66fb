// One label in ten (by a hash of its id) is held out of label mining, so the evaluation can
// measure recall on label statements the knowledge base was not written from.
export function isHeldOut(labelId: string): boolean {
  let h = 2166136261;
  for (let i = 0; i < labelId.length; i++) h = Math.imul(h ^ labelId.charCodeAt(i), 16777619) >>> 0;
  return h % 10 === 0;
}
