import { photoHashFromUrl, type PhotoHashResult } from '../../lib/similarity/photo-hash-from-url';
import { photoHashOfBlob } from '../../lib/similarity/photo-hash-of-blob';

/**
 * The photo-hash test page's script (built by ./build-landmark-page.ts, opened by
 * ./similarity-page.ts): hashes served photos through the production path, and edited copies of
 * them made here with the browser's own encoders, the way a photo is edited before it is reused.
 */

/** An edit applied to the decoded photo before it is encoded again. */
export type PhotoEdit =
  | { kind: 'none' }
  | { kind: 'resize'; scale: number }
  | { kind: 'crop'; share: number }
  | { kind: 'jpeg'; quality: number }
  | { kind: 'mirror' };

async function edited(url: string, edit: PhotoEdit): Promise<Blob> {
  const source = await (await fetch(url)).blob();
  if (edit.kind === 'none') return source;
  const bitmap = await createImageBitmap(source, { imageOrientation: 'from-image' });
  const { width, height } = bitmap;
  // Crop: `share` of the width and height taken off, half on each side.
  const [sx, sy, sw, sh] = edit.kind === 'crop'
    ? [Math.round((width * edit.share) / 2), Math.round((height * edit.share) / 2), Math.round(width * (1 - edit.share)), Math.round(height * (1 - edit.share))]
    : [0, 0, width, height];
  const scale = edit.kind === 'resize' ? edit.scale : 1;
  const canvas = new OffscreenCanvas(Math.round(sw * scale), Math.round(sh * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context');
  ctx.imageSmoothingQuality = 'high';
  if (edit.kind === 'mirror') {
    ctx.translate(canvas.width, 0);
    ctx.scale(-1, 1);
  }
  ctx.drawImage(bitmap, sx, sy, sw, sh, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  // JPEG only when asked: PNG keeps a resize or crop from also being a recompression.
  return edit.kind === 'jpeg' ? canvas.convertToBlob({ type: 'image/jpeg', quality: edit.quality }) : canvas.convertToBlob({ type: 'image/png' });
}

/** A PNG of one colour, like a blank placeholder avatar. */
async function solid(colour: string): Promise<Blob> {
  const canvas = new OffscreenCanvas(200, 200);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D context');
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 200, 200);
  return canvas.convertToBlob({ type: 'image/png' });
}

const api = {
  hashUrl: (url: string): Promise<PhotoHashResult> => photoHashFromUrl(url),
  hashEdited: async (url: string, edit: PhotoEdit): Promise<string> => photoHashOfBlob(await edited(url, edit)),
  /** The error's name when hashing a one-colour image fails, as it should. */
  hashSolid: async (colour: string): Promise<string> => photoHashOfBlob(await solid(colour)).catch((error: unknown) => (error instanceof Error ? error.name : 'unknown')),
};
export type PhotoHashPageApi = typeof api;

(window as unknown as { photoHashPage: PhotoHashPageApi }).photoHashPage = api;
