import { defineContentScript } from 'wxt/utils/define-content-script';
import { z } from 'zod';
import { startCallSession, type CallSession } from '@/lib/meeting/call-session';
import { mountMeetingPanel } from '@/lib/meeting/mount-meeting-panel';
import { loadSettings, onSettingsChanged } from '@/lib/settings/settings-store';
import type { MeetingReadHints } from '@/lib/sites/meetings/define-meeting-adapter';
import { findMeetingAdapter, meetingAdapters } from '@/lib/sites/meetings';

/** The call a URL shows: the same path is the same call (Meet codes, Jitsi rooms, Zoom ids). */
const callOf = (href: string) => {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
};

export default defineContentScript({
  matches: meetingAdapters.flatMap((adapter) => adapter.matches),
  runAt: 'document_idle',
  main(ctx) {
    // zod's JIT probe would show up as a CSP violation in the page's own reports.
    z.config({ jitless: true });
    let session: CallSession | undefined;
    let call: string | undefined;
    // The recruiter's own names (settings): Zoom marks no self-view, so its tile is known by name.
    // One object for the whole page, updated in place: the next reading of the call uses new names.
    const hints: MeetingReadHints = { selfNames: [] };
    const loadHints = () =>
      loadSettings().then(
        (loaded) => void (hints.selfNames = loaded.settings.meetingSelfNames),
        () => undefined,
      );
    const stopWatchingSettings = onSettingsChanged(() => void loadHints());

    const end = () => {
      session?.stop();
      session = undefined;
      call = undefined;
    };
    // Started for a meeting URL, stopped when the URL leaves it or the call ends (then watched again,
    // for a rejoin in the same tab).
    const follow = () => {
      const adapter = findMeetingAdapter(new URL(location.href));
      const next = adapter ? callOf(location.href) : undefined;
      if (next === call && session) return;
      end();
      if (!adapter || next === undefined || ctx.isInvalid) return;
      call = next;
      session = startCallSession({
        document,
        adapter,
        hints,
        mountPanel: (onMessage) => mountMeetingPanel(ctx, onMessage),
        onEnded: () => {
          end();
          follow();
        },
      });
    };

    // Names first: a reading before they arrive could offer the recruiter's own tile for checking.
    void loadHints().then(() => {
      if (ctx.isInvalid) return;
      follow();
      ctx.addEventListener(window, 'wxt:locationchange', follow);
    });
    ctx.onInvalidated(() => {
      end();
      stopWatchingSettings();
    });
  },
});
