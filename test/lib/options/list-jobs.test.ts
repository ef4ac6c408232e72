import { describe, expect, it } from 'vitest';
import { listRecordFrom, saveList } from '../../../lib/db/lists-store';
import { formatList } from '../../../lib/lists/canonical';
import { importList } from '../../../lib/lists/import-list';
import type { PrepareSource } from '../../../lib/options/list-job-protocol';
import { createListJobs, JobCancelledError, type WorkerLike } from '../../../lib/options/list-jobs';
import { listText } from '../lists/make-list';
import { inThreadWorker } from './in-thread-worker';
import { useTestDb } from './test-db';

const t = useTestDb();

const source = (text: string): PrepareSource => ({ key: 'k', name: 'acme.json', content: { text }, origin: { kind: 'paste' } });
const emails = (...values: string[]) => values.map((value) => ({ kind: 'email', value }));

describe('list jobs (page client and worker handler, in one thread)', () => {
  it('prepares with progress, stores nothing, then applies', async () => {
    const jobs = createListJobs(() => inThreadWorker(t.db), () => 1234);
    const stages: string[] = [];
    const prepared = await jobs.prepare([source(listText({ entries: emails('a@x.test') }))], [], (s) => stages.push(s));
    expect(prepared).toMatchObject({ ok: true, previews: [{ id: 'acme-fraud', entryCount: 1 }] });
    expect(stages.length).toBeGreaterThan(0);
    expect(await t.db.lists.count()).toBe(0);
    if (!prepared.ok) return;
    const saving: string[] = [];
    await expect(jobs.apply(prepared.prepared, (s) => saving.push(s))).resolves.toEqual([{ id: 'acme-fraud', title: 'ACME applicant fraud', entryCount: 1 }]);
    expect(saving).toEqual(['Saving 1 entry…']);
    expect(await t.db.lists.get('acme-fraud')).toMatchObject({ importedAt: 1234, entryCount: 1 });
  });

  it('a refused list comes back as problems', async () => {
    const jobs = createListJobs(() => inThreadWorker(t.db));
    await expect(jobs.prepare([source('{')], [], () => {})).resolves.toMatchObject({ ok: false, problems: [{ file: 'acme.json' }] });
  });

  it.each([
    { name: 'discarded', before: (jobs: ReturnType<typeof createListJobs>, id: number) => jobs.discard(id) },
    { name: 'already applied', before: (jobs: ReturnType<typeof createListJobs>, id: number) => void jobs.apply(id, () => {}) },
  ])('applying a preview that was $name fails and stores nothing more', async ({ before }) => {
    const jobs = createListJobs(() => inThreadWorker(t.db));
    const prepared = await jobs.prepare([source(listText())], [], () => {});
    if (!prepared.ok) throw new Error('refused');
    before(jobs, prepared.prepared);
    await expect(jobs.apply(prepared.prepared, () => {})).rejects.toThrow('no longer available');
  });

  it('exports the canonical text and the stored signature', async () => {
    const parsed = importList(listText({ entries: emails('b@x.test', 'a@x.test') }));
    if (!parsed.ok) throw new Error('refused');
    await saveList(t.db, listRecordFrom(parsed.list, { origin: { kind: 'file' }, importedAt: 1, signature: 'SIG', verifiedBy: 'k' }), parsed.list.entries, { actor: 'recruiter', at: 1 });
    const jobs = createListJobs(() => inThreadWorker(t.db));
    const exported = await jobs.exportList('acme-fraud');
    expect(await exported.list.text()).toBe(formatList(parsed.list));
    expect(exported.signature).toBe('SIG');
    await expect(jobs.exportList('missing')).rejects.toThrow('There is no stored list "missing".');
  });

  it('cancel stops the running job and starts a fresh worker for the next', async () => {
    const workers: Array<ReturnType<typeof inThreadWorker>> = [];
    const jobs = createListJobs(() => {
      const worker = inThreadWorker(t.db);
      workers.push(worker);
      return worker;
    });
    const running = jobs.prepare([source(listText())], [], () => {});
    jobs.cancel();
    await expect(running).rejects.toBeInstanceOf(JobCancelledError);
    expect(workers[0]?.terminated).toBe(true);
    await expect(jobs.prepare([source(listText())], [], () => {})).resolves.toMatchObject({ ok: true });
    expect(workers).toHaveLength(2);
  });

  it.each([
    { name: 'the worker crashes', event: { type: 'error', message: 'Out of memory' }, error: 'The list worker stopped: Out of memory' },
    { name: 'the worker sends nonsense', event: { type: 'message', data: { type: 'prepared', jobId: 1, previews: 'many' } }, error: 'does not understand' },
  ])('every waiting job fails when $name', async ({ event, error }) => {
    let emit: (e: unknown) => void = () => {};
    const broken: WorkerLike = {
      postMessage: () => setTimeout(() => emit(event), 0),
      addEventListener: (type, listener) => {
        if (type === 'message' || event.type === 'error') emit = listener as (e: unknown) => void;
      },
      terminate: () => {},
    };
    const jobs = createListJobs(() => broken);
    await expect(jobs.prepare([source(listText())], [], () => {})).rejects.toThrow(error);
  });
});
