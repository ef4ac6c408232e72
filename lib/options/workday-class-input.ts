import { MAX_WORKDAY_CLASSES } from '../settings/settings-schema';
import { readWorkdayClass, type WorkdayClassReading } from '../sites/workday-class';

/**
 * A pasted Workday address, checked before its class is added to the saved ones: what the address
 * shows (lib/sites/workday-class.ts), then whether adding it changes anything and fits the limit.
 */
export function checkWorkdayClass(pasted: string, saved: readonly string[]): WorkdayClassReading {
  const reading = readWorkdayClass(pasted);
  if (!reading.ok) return reading;
  if (saved.includes(reading.classId)) return { ok: false, message: `Class ${reading.classId} is already saved: its pages are read as candidates.` };
  if (saved.length >= MAX_WORKDAY_CLASSES) return { ok: false, message: `At most ${MAX_WORKDAY_CLASSES} classes: remove one first.` };
  return reading;
}
