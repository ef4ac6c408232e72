import { grayThumbnail } from './gray-thumbnail';
import { perceptualHash, THUMBNAIL_SIZE } from './perceptual-hash';

/** An image without structure to hash (one flat colour); a class so callers tell it from a decoding failure. */
export class FlatImageError extends Error {
  constructor() {
    super('the image is one flat colour');
    this.name = 'FlatImageError';
  }
}

/** Larger files are not decoded: profile photos are tens of kilobytes, and decoding costs memory. */
export const MAX_PHOTO_BYTES = 8 * 2 ** 20;
// Longest side the pixels are read at. Larger images are first scaled down by the browser's
// high-quality resampler; the last step to 32 x 32 is always our own box filter (grayThumbnail).
const READ_SIZE = 512;

/**
 * The perceptual hash (./perceptual-hash.ts) of an encoded image. Decodes with createImageBitmap
 * (EXIF orientation applied) and reads the pixels from an OffscreenCanvas, so it runs in the
 * background service worker as well as in a page. Nothing of the image is kept: the bitmap is closed
 * and only the 16-digit hash leaves this function. Throws when the data is not an image it can
 * decode, and FlatImageError when the image has no structure to hash (a blank placeholder).
 */
export async function photoHashOfBlob(blob: Blob): Promise<string> {
  if (blob.size > MAX_PHOTO_BYTES) throw new Error(`image larger than ${MAX_PHOTO_BYTES / 2 ** 20} MiB`);
  const decoded = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  let bitmap = decoded;
  try {
    const scale = Math.min(1, READ_SIZE / Math.max(decoded.width, decoded.height));
    const width = Math.max(1, Math.round(decoded.width * scale));
    const height = Math.max(1, Math.round(decoded.height * scale));
    if (scale < 1) bitmap = await createImageBitmap(decoded, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D canvas context');
    ctx.drawImage(bitmap, 0, 0);
    const pixels = ctx.getImageData(0, 0, width, height).data;
    const hash = perceptualHash(grayThumbnail(pixels, width, height, THUMBNAIL_SIZE));
    if (hash === undefined) throw new FlatImageError();
    return hash;
  } finally {
    decoded.close();
    if (bitmap !== decoded) bitmap.close();
  }
}
