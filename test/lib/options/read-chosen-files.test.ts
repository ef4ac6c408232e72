import { describe, expect, it } from 'vitest';
import { readChosenFiles } from '../../../lib/options/read-chosen-files';

const SIG = `${'A'.repeat(86)}==`;
const file = (name: string, text: string) => new File([text], name);
const LIST = '{"format":"hireproof-signal-list"}';

describe('readChosenFiles', () => {
  it.each([
    { name: 'one list', files: [file('a.json', LIST)], sources: ['a.json json'], problems: [] },
    { name: 'a list and its signature', files: [file('a.json', LIST), file('a.json.sig', `${SIG}\n`)], sources: ['a.json json signed by a.json.sig'], problems: [] },
    { name: 'a CSV file', files: [file('b.csv', 'kind,value\n')], sources: ['b.csv csv'], problems: [] },
    { name: 'a stray signature', files: [file('a.json', LIST), file('b.json.sig', SIG)], sources: ['a.json json'], problems: ['b.json.sig is a signature, but no list file named b.json was chosen with it.'] },
    { name: 'a bad signature file', files: [file('a.json', LIST), file('a.json.sig', 'nonsense')], sources: ['a.json json'], problems: [expect.stringMatching(/^a\.json\.sig: Not a list signature/)] },
    { name: 'an empty signature file', files: [file('a.json', LIST), file('a.json.sig', '')], sources: ['a.json json'], problems: ['a.json.sig: The signature file is empty.'] },
    { name: 'a huge signature file', files: [file('a.json', LIST), file('a.json.sig', 'A'.repeat(5000))], sources: ['a.json json'], problems: [expect.stringContaining('too large')] },
    { name: 'nothing', files: [], sources: [], problems: ['No file was chosen.'] },
  ])('$name', async ({ files, sources, problems }) => {
    const read = await readChosenFiles(files, '2026-11-24');
    expect(read.sources.map((s) => `${s.name} ${s.looksLike}${s.signature ? ` signed by ${s.signatureFrom}` : ''}`)).toEqual(sources);
    expect(read.problems).toEqual(problems);
  });

  it('refuses a file over the size limit before reading it', async () => {
    // A File whose size is over the limit without allocating it: only `size` and `name` are read.
    const huge = { name: 'huge.json', size: 200 * 1024 * 1024, slice: () => { throw new Error('read'); } } as unknown as File;
    const read = await readChosenFiles([huge], '2026-11-24');
    expect(read.sources).toEqual([]);
    expect(read.problems).toEqual([expect.stringMatching(/^huge\.json is 200\.0 MB; HireProof imports lists of at most 100\.0 MB/)]);
  });
});
