// The public half of the release key that signs data-pack manifests (Ed25519, SPKI PEM). The private
// half never enters the repository: the release build reads it from WARDBOOK_PACK_SIGNING_KEY.
// Rotate with `npx tsx build/packKey.ts`, which prints a new pair.
export const PACK_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAdGTmkXvEFztT7p2GVyShmhmnQGpMDs3XdYDIVIpRHE4=
-----END PUBLIC KEY-----
`;
