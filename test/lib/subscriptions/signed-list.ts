import { formatList } from '../../../lib/lists/canonical';
import { parseNativeList } from '../../../lib/lists/parse-native';
import { generateSigningKey, signBytes, type TrustedKey } from '../../../lib/lists/signature';
import { listText } from '../lists/make-list';

/** A publisher's key pair made at test time (WebCrypto), as `sign-list.ts keygen` would make one. */
export interface Publisher {
  key: TrustedKey;
  /** Base64 signature over the text's UTF-8 bytes, as `sign-list.ts sign` writes to LIST.json.sig. */
  sign: (text: string) => Promise<string>;
}

export async function makePublisher(id: string): Promise<Publisher> {
  const { publicKey, privateKey } = await generateSigningKey();
  return { key: { id, publicKey }, sign: (text) => signBytes(new TextEncoder().encode(text), privateKey) };
}

/** The canonical text of a valid native list: what a publisher signs and serves. */
export function canonicalListText(overrides: Record<string, unknown> = {}): string {
  const parsed = parseNativeList(listText(overrides));
  if (!parsed.ok) throw new Error(`test list must parse: ${JSON.stringify(parsed.problems)}`);
  return formatList(parsed.list);
}
