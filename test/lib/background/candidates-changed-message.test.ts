import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePageMessage } from '../../../lib/background/handle-page-message';
import { onCandidatesChanged } from '../../../lib/db/changes';
import { openDatabase } from '../../../lib/db/database';

/** A review page tells the background which candidates it changed, so open panels rebuild. */
const db = openDatabase('candidates-changed-message');
const fromReviewPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/review.html') });
let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('candidates-changed message', () => {
  it.each([
    { name: 'from a review page: announced to the panels', message: { type: 'candidates-changed', candidateIds: ['c1', 'c2'] }, sender: fromReviewPage(), reply: { ok: true }, heard: [['c1', 'c2']] },
    { name: 'with no id: ignored', message: { type: 'candidates-changed', candidateIds: [] }, sender: fromReviewPage(), reply: undefined, heard: [] },
    { name: 'from a web page: ignored', message: { type: 'candidates-changed', candidateIds: ['c1'] }, sender: { id: 'another-extension', url: 'https://evil.example/' }, reply: undefined, heard: [] },
  ])('$name', async ({ message, sender, reply, heard }) => {
    const seen: string[][] = [];
    stop = onCandidatesChanged((ids) => seen.push([...ids]));
    expect(await handlePageMessage(db, message, sender, 0)).toEqual(reply);
    expect(seen).toEqual(heard);
  });
});
