import { makeSource, sizeProblem, type ImportSource } from './import-source';
import { MAX_SIGNATURE_FILE_BYTES, pairSignatureFiles, readSignatureInput, type SignatureInput } from './signature-input';

/**
 * Files chosen or dropped together become import sources: each `X.sig` is attached to the list
 * file `X`, and anything that cannot be imported at all (too large, a signature without its list,
 * a signature file that is not one) is named before any list is read.
 */
export async function readChosenFiles(files: readonly File[], today: string): Promise<{ sources: ImportSource[]; problems: string[] }> {
  const { lists, unpaired } = pairSignatureFiles(files);
  const problems = unpaired.map((sig) => `${sig.name} is a signature, but no list file named ${sig.name.slice(0, -4)} was chosen with it.`);
  const sources: ImportSource[] = [];
  for (const { file, signature } of lists) {
    const tooBig = sizeProblem(file.name, file.size);
    if (tooBig) {
      problems.push(tooBig);
      continue;
    }
    const source = await makeSource(file.name, { blob: file }, { kind: 'file' }, today);
    if (signature) {
      const read: SignatureInput =
        signature.size > MAX_SIGNATURE_FILE_BYTES
          ? { kind: 'error', message: 'Not a list signature: the file is too large to be one.' }
          : readSignatureInput(await signature.text());
      if (read.kind === 'ok') {
        source.signature = read.signature;
        source.signatureFrom = signature.name;
      } else {
        problems.push(`${signature.name}: ${read.kind === 'error' ? read.message : 'The signature file is empty.'}`);
      }
    }
    sources.push(source);
  }
  if (lists.length === 0 && unpaired.length === 0) problems.push('No file was chosen.');
  return { sources, problems };
}
