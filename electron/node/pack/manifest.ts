// The signed manifest beside a data pack (`wardbook.sqlite.manifest.json`): the file's size and
// SHA-256, its version and content hash, and an Ed25519 signature over those fields. The app holds
// only the public key; the private key is given at release time in WARDBOOK_PACK_SIGNING_KEY.
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { basename } from 'node:path';
import type { PackMeta } from '../../common/contract.ts';

export const MANIFEST_FORMAT = 1;
export const SIGNING_KEY_ENV = 'WARDBOOK_PACK_SIGNING_KEY';

export interface PackManifest {
  format: number;
  file: string;
  size: number;
  sha256: string;
  version: string;
  builtAt: string;
  schemaVersion: number;
  contentHash: string;
  /** Base64 Ed25519 signature over manifestBody(); null for a development build. */
  signature: string | null;
}

export type SignatureState = 'signed' | 'unsigned' | 'invalid';

export const manifestPathFor = (packPath: string) => `${packPath}.manifest.json`;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The signed bytes: every field but the signature, in a fixed order. */
export function manifestBody(m: Omit<PackManifest, 'signature'>): Buffer {
  const { format, file, size, version, builtAt, schemaVersion, contentHash } = m;
  return Buffer.from(
    JSON.stringify({ format, file, size, sha256: m.sha256, version, builtAt, schemaVersion, contentHash }),
    'utf8',
  );
}

/** A private key from the environment: PKCS#8 PEM, or its DER in base64. */
export function signingKeyFrom(text: string | undefined): KeyObject | null {
  if (!text?.trim()) return null;
  const key = text.includes('-----BEGIN')
    ? createPrivateKey(text)
    : createPrivateKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${SIGNING_KEY_ENV} must be an Ed25519 private key`);
  return key;
}

export function createManifest(
  bytes: Uint8Array,
  packPath: string,
  meta: PackMeta,
  privateKey: KeyObject | null,
): PackManifest {
  const body = {
    format: MANIFEST_FORMAT,
    file: basename(packPath),
    size: bytes.byteLength,
    sha256: sha256(bytes),
    version: meta.version,
    builtAt: meta.builtAt,
    schemaVersion: meta.schemaVersion,
    contentHash: meta.contentHash,
  };
  const signature = privateKey ? sign(null, manifestBody(body), privateKey).toString('base64') : null;
  return { ...body, signature };
}

/** Parses a manifest strictly: each problem is a line; unknown or missing fields are problems. */
export function parseManifest(text: string): { manifest: PackManifest } | { problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problems: ['manifest: not valid JSON'] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { problems: ['manifest: not an object'] };
  const r = raw as Record<string, unknown>;
  const problems: string[] = [];
  const str = (k: string, pattern?: RegExp) => {
    if (typeof r[k] !== 'string' || (pattern && !pattern.test(r[k])))
      problems.push(`manifest: ${k} is missing or malformed`);
  };
  const int = (k: string) => {
    if (!Number.isSafeInteger(r[k]) || (r[k] as number) < 0) problems.push(`manifest: ${k} is missing or malformed`);
  };
  const keys = ['format', 'file', 'size', 'sha256', 'version', 'builtAt', 'schemaVersion', 'contentHash', 'signature'];
  for (const k of Object.keys(r)) if (!keys.includes(k)) problems.push(`manifest: unknown field ${k}`);
  int('format');
  if (r.format !== MANIFEST_FORMAT && Number.isSafeInteger(r.format))
    problems.push(`manifest: format ${String(r.format)}, this version of Wardbook reads format ${MANIFEST_FORMAT}`);
  str('file');
  int('size');
  str('sha256', /^[0-9a-f]{64}$/);
  str('version');
  str('builtAt');
  int('schemaVersion');
  str('contentHash');
  if (r.signature !== null && !(typeof r.signature === 'string' && /^[A-Za-z0-9+/]+=*$/.test(r.signature)))
    problems.push('manifest: signature is malformed');
  return problems.length ? { problems } : { manifest: r as unknown as PackManifest };
}

export function signatureState(m: PackManifest, publicKeyPem: string): SignatureState {
  if (m.signature === null) return 'unsigned';
  try {
    const key = createPublicKey(publicKeyPem);
    return verify(null, manifestBody(m), key, Buffer.from(m.signature, 'base64')) ? 'signed' : 'invalid';
  } catch {
    return 'invalid';
  }
}
