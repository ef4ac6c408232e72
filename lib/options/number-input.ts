/**
 * A number typed into a settings field. Parsed strictly (no "1e-1", no "0.5 hours"), so what is
 * saved is what the person sees; the message names the allowed range.
 */
export type NumberInput = { ok: true; value: number } | { ok: false; message: string };

export function parseNumberInput(text: string, range: { min: number; max: number; integer?: boolean }): NumberInput {
  const trimmed = text.trim();
  const pattern = range.integer ? /^\d+$/ : /^(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;
  const expected = `Enter ${range.integer ? 'a whole number' : 'a number'} from ${range.min} to ${range.max}.`;
  if (!pattern.test(trimmed)) return { ok: false, message: expected };
  // A decimal comma is what many keyboards type; it means the same here.
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value) || value < range.min || value > range.max) return { ok: false, message: expected };
  return { ok: true, value };
}
