// Prints a new Ed25519 key pair for signing data-pack manifests: the public key goes into
// electron/node/pack/publicKey.ts, the private key into the release system's secret
// WARDBOOK_PACK_SIGNING_KEY (never into the repository).
import { generateKeyPairSync } from 'node:crypto';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
console.log(publicKey.export({ type: 'spki', format: 'pem' }).toString());
console.log(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
