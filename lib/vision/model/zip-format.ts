/**
 * The parts of the zip format (PKWARE APPNOTE.TXT, sections 4.3.7, 4.3.12, 4.3.16) that the writer and
 * reader share. Only what a `.task` bundle needs: STORED members, no zip64, no encryption.
 * https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
 */

export const LOCAL_HEADER_SIGNATURE = 0x04034b50;
export const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;

/** Fixed sizes of the three records, without their variable-length name, extra and comment fields. */
export const LOCAL_HEADER_SIZE = 30;
export const CENTRAL_HEADER_SIZE = 46;
export const END_OF_CENTRAL_DIRECTORY_SIZE = 22;

/** Compression method 0: the member's bytes are stored as they are. */
export const METHOD_STORED = 0;

/** Version 1.0 is enough to extract a STORED member (APPNOTE 4.4.3.2). */
export const VERSION_NEEDED_STORED = 10;

/**
 * Extra-field id of the alignment padding that Android's zipalign writes (a 2-byte alignment, then
 * zeros). Readers skip extra fields they do not know, so the padding is harmless anywhere else.
 */
export const ALIGNMENT_EXTRA_ID = 0xd935;

/** Largest value a 32-bit size or offset field holds; beyond it zip64 would be needed. */
export const MAX_UINT32 = 0xffffffff;

export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}
