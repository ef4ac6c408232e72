/**
 * RGBA pixels (as `ImageData.data` holds them) to a `size` x `size` grayscale thumbnail, 0..255.
 * Luma uses the Rec. 601 weights; transparent pixels are composited over white, as a page shows a
 * transparent avatar. Resizing averages every source pixel by the share of it each target pixel
 * covers (a box filter with exact coverage): it does not alias the way point sampling does, and it
 * gives the same result in every browser because it runs here rather than in the canvas.
 * The aspect ratio is not kept: a perceptual hash compares the image squashed to a square.
 */
export function grayThumbnail(rgba: ArrayLike<number>, width: number, height: number, size = 32): Float64Array {
  if (width <= 0 || height <= 0 || rgba.length < width * height * 4) throw new Error('grayThumbnail: pixel data does not match the size');
  const gray = new Float64Array(width * height);
  for (let p = 0; p < width * height; p++) {
    const a = (rgba[p * 4 + 3] as number) / 255;
    const luma = 0.299 * (rgba[p * 4] as number) + 0.587 * (rgba[p * 4 + 1] as number) + 0.114 * (rgba[p * 4 + 2] as number);
    gray[p] = luma * a + 255 * (1 - a);
  }
  // Separable: rows to `size` columns first, then those columns to `size` rows.
  const across = coverage(width, size);
  const down = coverage(height, size);
  const narrow = new Float64Array(height * size);
  for (let y = 0; y < height; y++) {
    for (let tx = 0; tx < size; tx++) {
      let sum = 0;
      for (const [x, w] of across[tx] ?? []) sum += (gray[y * width + x] as number) * w;
      narrow[y * size + tx] = sum;
    }
  }
  const out = new Float64Array(size * size);
  for (let ty = 0; ty < size; ty++) {
    for (let tx = 0; tx < size; tx++) {
      let sum = 0;
      for (const [y, w] of down[ty] ?? []) sum += (narrow[y * size + tx] as number) * w;
      out[ty * size + tx] = sum;
    }
  }
  return out;
}

/** For each of `to` target cells, the source cells it overlaps and their weights (summing to 1). */
function coverage(from: number, to: number): Array<Array<[number, number]>> {
  const scale = from / to;
  return Array.from({ length: to }, (_, t) => {
    const start = t * scale;
    const end = start + scale;
    const cells: Array<[number, number]> = [];
    for (let s = Math.floor(start); s < Math.min(from, Math.ceil(end)); s++) {
      const overlap = Math.min(end, s + 1) - Math.max(start, s);
      if (overlap > 1e-12) cells.push([s, overlap / scale]);
    }
    return cells;
  });
}
