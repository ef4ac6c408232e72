import type { Size } from './frame-size';

/** A box in CSS pixels of the viewport (what getBoundingClientRect gives). */
export interface ViewportBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A source rectangle in the canvas's own pixels, for createImageBitmap(canvas, sx, sy, sw, sh). */
export interface CanvasCrop {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
}

/**
 * Pure. Where a tile's placeholder sits on a canvas the client paints every tile into (Zoom's web
 * client): the placeholder's on-screen box, moved into the canvas's box, scaled from CSS pixels to the
 * canvas's backing size (which differs with the device pixel ratio), and clipped to the canvas.
 * Undefined when nothing of the placeholder lies on the canvas.
 */
export function cropRegion(canvasBox: ViewportBox, canvasSize: Size, placeholderBox: ViewportBox): CanvasCrop | undefined {
  if (!(canvasBox.width > 0 && canvasBox.height > 0 && canvasSize.width > 0 && canvasSize.height > 0)) return undefined;
  const scaleX = canvasSize.width / canvasBox.width;
  const scaleY = canvasSize.height / canvasBox.height;
  const left = Math.max(0, (placeholderBox.left - canvasBox.left) * scaleX);
  const top = Math.max(0, (placeholderBox.top - canvasBox.top) * scaleY);
  const right = Math.min(canvasSize.width, (placeholderBox.left + placeholderBox.width - canvasBox.left) * scaleX);
  const bottom = Math.min(canvasSize.height, (placeholderBox.top + placeholderBox.height - canvasBox.top) * scaleY);
  const [sx, sy] = [Math.floor(left), Math.floor(top)];
  const [sw, sh] = [Math.ceil(right) - sx, Math.ceil(bottom) - sy];
  return sw >= 1 && sh >= 1 && Number.isFinite(sw) && Number.isFinite(sh) ? { sx, sy, sw, sh } : undefined;
}
