import type { MeetingAdapter } from './define-meeting-adapter';
import googleMeet from './google-meet';
import jitsi from './jitsi';
import teams from './teams';
import zoom from './zoom';

/** Every meeting adapter, alphabetical by id. A new adapter is added here and nowhere else. */
export const meetingAdapters: MeetingAdapter[] = [googleMeet, jitsi, teams, zoom];

/** The adapter that reads calls on this URL, if any (adapters never overlap: see the URL matrix test). */
export function findMeetingAdapter(url: URL, adapters: readonly MeetingAdapter[] = meetingAdapters): MeetingAdapter | undefined {
  return adapters.find((adapter) => {
    try {
      return adapter.isMeetingUrl(url);
    } catch {
      return false;
    }
  });
}
