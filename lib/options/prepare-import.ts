import type { ListRecord } from '../db/records';
import { canonicalBytes } from '../lists/canonical';
import { importLists } from '../lists/import-list';
import type { ListProblem } from '../lists/result';
import type { SignalList } from '../lists/schema';
import { verifyListSignature, type TrustedKey } from '../lists/signature';
import { diffLists } from './list-diff';
import type { ListPreview, PrepareSource } from './list-job-protocol';
import { formatBytes } from './format-bytes';
import { sizeProblem } from './import-source';

/**
 * The checking half of an import: read each input, parse it (all or none), verify signatures and
 * compare with the stored lists. Nothing is written; the prepared lists wait in the worker until
 * the person applies or cancels the preview.
 */

export interface PreparedList {
  list: SignalList;
  origin: ListRecord['origin'];
  /** Kept only when it verified, so an export can be re-verified elsewhere. */
  signature?: string;
  verifiedBy?: string;
  preview: ListPreview;
}

export interface PrepareDeps {
  trustedKeys: readonly TrustedKey[];
  loadStored: (id: string) => Promise<{ record: ListRecord; list: SignalList } | undefined>;
  /** Stage text for the progress line. */
  report: (stage: string) => void;
}

export type PrepareResult = { ok: true; lists: PreparedList[] } | { ok: false; problems: ListProblem[] };

// The preview shows this many warnings and counts the rest; a STIX bundle can warn per object.
const SHOWN_WARNINGS = 100;

async function readSource(source: PrepareSource, report: PrepareDeps['report']): Promise<{ ok: true; text: string } | { ok: false; problem: ListProblem }> {
  if ('text' in source.content) return { ok: true, text: source.content.text };
  const { blob } = source.content;
  const tooBig = sizeProblem(source.name, blob.size);
  if (tooBig) return { ok: false, problem: { file: source.name, path: '', message: tooBig } };
  report(`Reading ${source.name} (${formatBytes(blob.size)})…`);
  return { ok: true, text: await blob.text() };
}

export async function prepareImport(sources: readonly PrepareSource[], deps: PrepareDeps): Promise<PrepareResult> {
  const texts: Array<{ name: string; text: string; options: { format?: PrepareSource['format']; metadata?: PrepareSource['metadata'] } }> = [];
  const problems: ListProblem[] = [];
  for (const source of sources) {
    const read = await readSource(source, deps.report);
    if (!read.ok) problems.push(read.problem);
    else texts.push({ name: source.name, text: read.text, options: { ...(source.format ? { format: source.format } : {}), ...(source.metadata ? { metadata: source.metadata } : {}) } });
  }
  if (problems.length > 0) return { ok: false, problems };

  deps.report(sources.length === 1 ? `Checking ${sources[0]?.name ?? 'the list'}…` : `Checking ${sources.length} lists…`);
  const imported = importLists(texts);
  // Free the texts before the next stage: a large list's text is as big as its parsed form.
  texts.length = 0;
  if (!imported.ok) return { ok: false, problems: imported.problems };

  const lists: PreparedList[] = [];
  // importLists keeps the input order when it accepts every input, so index i is source i.
  for (const [i, { list, warnings, format }] of imported.lists.entries()) {
    const source = sources[i];
    if (!source) throw new Error('importLists returned more lists than it was given');
    let signature: ListPreview['signature'] = { state: 'none' };
    if (source.signature !== undefined) {
      deps.report(`Checking the signature of ${list.title}…`);
      const verdict = await verifyListSignature(canonicalBytes(list), source.signature, deps.trustedKeys);
      signature = verdict.ok ? { state: 'verified', keyId: verdict.keyId } : { state: 'failed', reason: verdict.reason };
    }
    deps.report(`Comparing ${list.title} with the stored list…`);
    const stored = await deps.loadStored(list.id);
    const { entries, filters, weightOverrides, format: _format, version: _version, ...meta } = list;
    const preview: ListPreview = {
      source: source.key,
      file: source.name,
      format: format ?? 'native',
      ...meta,
      entryCount: entries.length,
      filterCount: filters.length,
      overrideCount: weightOverrides.length,
      warnings: warnings.slice(0, SHOWN_WARNINGS),
      warningCount: warnings.length,
      signature,
      ...(stored
        ? {
            stored: { title: stored.record.title, enabled: stored.record.enabled === 1, entryCount: stored.record.entryCount, origin: stored.record.origin },
            diff: diffLists(stored.list, list),
          }
        : {}),
    };
    lists.push({
      list,
      origin: source.origin,
      preview,
      ...(signature.state === 'verified' ? { signature: source.signature, verifiedBy: signature.keyId } : {}),
    });
  }
  return { ok: true, lists };
}
