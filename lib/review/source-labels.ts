import { siteLabel } from '../sites';
import { meetingAdapters } from '../sites/meetings';

/** "Greenhouse" for `greenhouse`; unknown ids as written (they are text, never markup). */
export const siteName = siteLabel;

/** "Google Meet" for `google-meet`; unknown ids as written. */
export function meetingName(source: string): string {
  return meetingAdapters.find((adapter) => adapter.id === source)?.label ?? source;
}
