import { describe, expect, it } from 'vitest';
import { fetchList, fetchSignatureFor } from '../../../lib/options/fetch-list';
import { MAX_LIST_BYTES } from '../../../lib/lists/read-input';

const URL_A = 'https://lists.example/a.json';
const SIG = `${'A'.repeat(86)}==`;
type Answer = Response | Error;
const fetcher = (answers: Record<string, Answer>): typeof fetch =>
  (async (input: RequestInfo | URL) => {
    const answer = answers[String(input)] ?? new Response('', { status: 404, statusText: 'Not Found' });
    if (answer instanceof Error) throw answer;
    return answer;
  }) as typeof fetch;

describe('fetchList', () => {
  it('returns the body as a Blob', async () => {
    const blob = await fetchList(URL_A, fetcher({ [URL_A]: new Response('{"a":1}') }));
    expect(await blob.text()).toBe('{"a":1}');
  });

  it.each([
    { name: 'a network failure', answer: new TypeError('Failed to fetch'), error: 'Could not download https://lists.example/a.json: Failed to fetch' },
    { name: 'HTTP 404', answer: new Response('', { status: 404, statusText: 'Not Found' }), error: 'the server answered 404 Not Found' },
    {
      name: 'a declared size over the limit',
      answer: new Response('{}', { headers: { 'content-length': String(MAX_LIST_BYTES + 1) } }),
      error: 'HireProof imports lists of at most 100.0 MB',
    },
  ])('refuses $name', async ({ answer, error }) => {
    await expect(fetchList(URL_A, fetcher({ [URL_A]: answer }))).rejects.toThrow(error);
  });
});

describe('fetchSignatureFor', () => {
  it.each([
    { name: 'a published signature', answer: new Response(`${SIG}\n`), expected: SIG },
    { name: 'none published', answer: undefined, expected: undefined },
    { name: 'not a signature (an HTML error page)', answer: new Response('<html>Not here</html>'), expected: undefined },
    { name: 'a network failure', answer: new TypeError('Failed to fetch'), expected: undefined },
  ])('$name', async ({ answer, expected }) => {
    await expect(fetchSignatureFor(URL_A, fetcher(answer ? { [`${URL_A}.sig`]: answer } : {}))).resolves.toBe(expected);
  });
});
