import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exportPublicKey, generateSigningKey, signBytes } from '../lists/signature';

/**
 * Signing tool for security teams that publish signal lists.
 *
 *   npx tsx lib/build/sign-list.ts keygen OUT.jwk
 *     Writes a new Ed25519 private key (JWK, file mode 0600) and prints its public key as base64:
 *     that string goes into the extension's trusted keys.
 *   npx tsx lib/build/sign-list.ts sign LIST.json --key KEY.jwk
 *     Writes LIST.json.sig: base64 of the signature over the file's bytes exactly as they are.
 *
 * The signature covers bytes, not meaning, and the extension verifies it over the list's canonical
 * form (lib/lists/canonical.ts). So LIST.json must already be canonical (what the list formatter
 * writes: sorted entries, no duplicates, UTF-8, its exact whitespace); sign any other spelling
 * and every recipient will see 'invalid'. Never hand-edit a list after signing it.
 */

const USAGE = 'usage: sign-list.ts keygen OUT.jwk | sign LIST.json --key KEY.jwk';

export async function keygen(outPath: string): Promise<string> {
  // Overwriting a private key would orphan every list signed with it.
  if (existsSync(outPath)) throw new Error(`${outPath} exists; refusing to overwrite a key`);
  const { publicKey, privateKey } = await generateSigningKey();
  const jwk = await crypto.subtle.exportKey('jwk', privateKey);
  writeFileSync(outPath, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600 });
  return publicKey;
}

export async function signFile(listPath: string, keyPath: string): Promise<{ sigPath: string; publicKey: string }> {
  const jwk = JSON.parse(readFileSync(keyPath, 'utf8')) as JsonWebKey;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string') {
    throw new Error(`${keyPath} is not an Ed25519 private key (JWK)`);
  }
  const privateKey = await crypto.subtle.importKey('jwk', jwk, { name: 'Ed25519' }, false, ['sign']);
  // The public half is printed so the signer can check it is the key recipients trust.
  const { d: _private, key_ops: _ops, ...publicJwk } = jwk;
  const publicKey = await crypto.subtle.importKey('jwk', publicJwk, { name: 'Ed25519' }, true, ['verify']);
  const signature = await signBytes(readFileSync(listPath), privateKey);
  const sigPath = `${listPath}.sig`;
  writeFileSync(sigPath, `${signature}\n`);
  return { sigPath, publicKey: await exportPublicKey(publicKey) };
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { key: { type: 'string' } } });
  const [command, file] = positionals;
  if (command === 'keygen' && file && positionals.length === 2) {
    console.log(await keygen(file));
  } else if (command === 'sign' && file && values.key && positionals.length === 2) {
    const { sigPath, publicKey } = await signFile(file, values.key);
    console.log(`wrote ${sigPath} (public key ${publicKey})`);
  } else {
    console.error(USAGE);
    process.exitCode = 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
