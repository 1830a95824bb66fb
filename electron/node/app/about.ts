// Help → About: the app and pack versions, whether the pack is signed, and every source with its
// licence and attribution (CC BY sources must be credited wherever the data is shown).
import type { PackInfo, PackSignature } from '../../common/contract.ts';
import type { PackOrigin } from './packChoice.ts';

const SIGNATURE: Record<PackSignature, string> = {
  signed: 'signed by the Wardbook release key',
  unsigned: 'unsigned (development build)',
  invalid: 'signature does not verify',
  'not checked': 'not checked against a manifest',
};

const ORIGIN: Record<PackOrigin, string> = {
  'built-in': 'the pack installed with Wardbook',
  installed: 'a pack imported on this computer',
  development: 'a development pack',
};

export function aboutDialog(
  appVersion: string,
  info: PackInfo,
  signature: PackSignature,
  origin: PackOrigin,
): { title: string; message: string; detail: string } {
  const { pack } = info;
  const sources = info.sources.map((s) => `• ${s.name}: ${s.licence}. ${s.attribution}`.trim()).join('\n');
  return {
    title: 'About Wardbook',
    message: `Wardbook ${appVersion}`,
    detail: [
      `Data pack ${pack.version}, built ${pack.builtAt} (schema ${pack.schemaVersion}); ${ORIGIN[origin]}, ${SIGNATURE[signature]}.`,
      `Content hash ${pack.contentHash.slice(0, 16)}…`,
      '',
      'An offline reference: Wardbook never uses the network and sends nothing anywhere. Check the current prescribing information and use clinical judgement.',
      '',
      'Sources and licences:',
      sources,
    ].join('\n'),
  };
}

/** About when the data engine cannot say what pack it has open: the app version, and why, never nothing. */
export function aboutUnavailableDialog(
  appVersion: string,
  error: string,
): { title: string; message: string; detail: string } {
  return {
    title: 'About Wardbook',
    message: `Wardbook ${appVersion}`,
    detail: `The data pack's version and sources cannot be shown just now (${error}). Try again in a moment; if it keeps happening, quit and start Wardbook again.`,
  };
}
