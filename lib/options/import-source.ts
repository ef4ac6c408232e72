import { MAX_LIST_BYTES } from '../lists/read-input';
import type { ListMetadata } from '../lists/schema';
import type { ListRecord } from '../db/records';
import { formatBytes } from './format-bytes';

/**
 * One input waiting to be checked: a chosen file, pasted text or a downloaded URL, with what the
 * person added to it (a signature, CSV metadata). Built on the page, checked in the list worker.
 */
export interface ImportSource {
  /** Stable key for React and for matching worker results back. */
  key: string;
  /** File name, "Pasted text" or the URL, as shown to people. */
  name: string;
  size: number;
  content: { text: string } | { blob: Blob };
  /** From the first characters: CSV needs metadata the file cannot carry. */
  looksLike: 'json' | 'csv';
  origin: ListRecord['origin'];
  /** Base64 signature text, already shape-checked (./signature-input.ts). */
  signature?: string;
  /** Where the signature came from, for the review step ("a.json.sig"). */
  signatureFrom?: string;
  metadata?: CsvMetadata;
}

export type CsvMetadata = Pick<ListMetadata, 'id' | 'title' | 'author' | 'created' | 'modified'>;

/**
 * The same rule the importer applies (lib/lists/import-list.ts): input whose first character,
 * after a byte-order mark and whitespace, is `{` or `[` is JSON; anything else is read as CSV.
 */
export function sniffFormat(head: string): 'json' | 'csv' {
  const first = /\S/.exec(head.replace(/^\uFEFF/, ''))?.[0];
  return first === '{' || first === '[' ? 'json' : 'csv';
}

/** Why `bytes` cannot be imported at all, before reading any of it; undefined when the size is fine. */
export function sizeProblem(name: string, bytes: number): string | undefined {
  if (bytes <= MAX_LIST_BYTES) return undefined;
  return `${name} is ${formatBytes(bytes)}; HireProof imports lists of at most ${formatBytes(MAX_LIST_BYTES)}. Split the list into several files.`;
}

/** Metadata suggested for a CSV file: id and title from its name, today's date; the author is the person's to give. */
export function suggestCsvMetadata(fileName: string, today: string): CsvMetadata {
  const base = fileName.replace(/\.[^.]*$/, '').trim() || 'list';
  const id =
    base
      // Accents go (é -> e) rather than becoming separators; other scripts leave nothing to use.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'list';
  return { id, title: base.slice(0, 200), author: '', created: today, modified: today };
}

// The importer decides by the first character; 4 KiB covers any byte-order mark and blank lines.
const HEAD_BYTES = 4096;

let nextKey = 1;

/** A source from text or a Blob, its kind sniffed from the first characters (a Blob is not read further). */
export async function makeSource(
  name: string,
  content: ImportSource['content'],
  origin: ImportSource['origin'],
  today: string,
): Promise<ImportSource> {
  const size = 'text' in content ? new TextEncoder().encode(content.text).length : content.blob.size;
  const head = 'text' in content ? content.text.slice(0, HEAD_BYTES) : await content.blob.slice(0, HEAD_BYTES).text();
  const looksLike = sniffFormat(head);
  return {
    key: `source-${nextKey++}`,
    name,
    size,
    content,
    looksLike,
    origin,
    ...(looksLike === 'csv' ? { metadata: suggestCsvMetadata(name, today) } : {}),
  };
}
