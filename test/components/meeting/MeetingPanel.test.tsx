// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeetingPanel, type MeetingPanelProps } from '../../../components/meeting/MeetingPanel';
import { DEFAULT_CONSENT_NOTICE } from '../../../lib/meeting/consent-notice';
import type { LivenessState } from '../../../lib/meeting/liveness-tracker';
import { emptyRecord } from '../../../lib/meeting/participant-record';
import type { ParticipantInfo } from '../../../lib/sites/meetings/define-meeting-adapter';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>Eve <b>Bold</b>';
const person = (key: string, change: Partial<ParticipantInfo> = {}): ParticipantInfo => ({
  key, name: key, self: false, screenShare: false, cameraOn: true, media: 'video', ...change,
});
const PARTICIPANTS = [
  person('local', { name: 'Riley Chen (me)', self: true }),
  person('ana', { name: 'Ana Lopez' }),
  person('ana/share', { name: 'Ana Lopez (Presentation)', screenShare: true }),
  person('ben', { name: 'Ben Okafor', cameraOn: false, media: 'none' }),
  person('eve', { name: HOSTILE }),
];

function state(change: Partial<LivenessState> = {}): LivenessState {
  return {
    snapshot: { participants: PARTICIPANTS, health: { adapterId: 'jitsi', adapterLabel: 'Jitsi Meet', expected: [], found: [], problems: [] } },
    consent: false,
    skipped: new Set(),
    requested: new Set(),
    records: new Map(),
    ...change,
  };
}

function renderPanel(change: Partial<MeetingPanelProps> = {}) {
  const props: MeetingPanelProps = {
    connected: true,
    state: state(),
    analysis: { state: 'idle' },
    notice: DEFAULT_CONSENT_NOTICE,
    collapsed: false,
    onToggleCollapsed: vi.fn(),
    onConsent: vi.fn(),
    onSkip: vi.fn(),
    onStartChallenge: vi.fn(),
    onEndChallenge: vi.fn(),
    ...change,
  };
  return { ...render(<MeetingPanel {...props} />), props };
}

const row = (key: string) => document.querySelector(`[data-participant-key="${CSS.escape(key)}"]`) as HTMLElement;

describe('MeetingPanel consent gate', () => {
  it('shows the notice and no participant before consent', () => {
    renderPanel();
    expect(screen.getByText(DEFAULT_CONSENT_NOTICE)).toBeTruthy();
    expect(document.querySelectorAll('[data-participant-key]')).toHaveLength(0);
  });

  const gate: Array<[string, { connected: boolean; tick: boolean; notice?: string | undefined }, boolean]> = [
    ['box not ticked', { connected: true, tick: false }, false],
    ['box ticked', { connected: true, tick: true }, true],
    ['box ticked but the page is not connected yet', { connected: false, tick: true }, false],
    ["box ticked but the organisation's notice is still loading", { connected: true, tick: true, notice: undefined }, false],
    ["box ticked under the organisation's own notice", { connected: true, tick: true, notice: 'Our own words about the live-camera check; say no and it will not run.' }, true],
  ];
  it.each(gate)('%s: the confirm button works = %s', (_name, { connected, tick, ...rest }, works) => {
    const { props } = renderPanel({ connected, ...('notice' in rest ? { notice: rest.notice } : {}) });
    if ('notice' in rest) expect(document.querySelector('.hp-consent__notice')?.textContent).toBe(rest.notice ?? 'Loading the notice…');
    if (tick) fireEvent.click(screen.getByRole('checkbox', { name: /read the notice/i }));
    const button = screen.getByRole('button', { name: 'The candidate has been told and agreed' });
    expect((button as HTMLButtonElement).disabled).toBe(!works);
    fireEvent.click(button);
    if (works) expect(props.onConsent).toHaveBeenCalledExactlyOnceWith(true);
    else expect(props.onConsent).not.toHaveBeenCalled();
  });
});

describe('MeetingPanel participant rows', () => {
  const consented = (change: Partial<LivenessState> = {}) => state({ consent: true, requested: new Set(['ana', 'eve']), ...change });

  const rows: Array<[string, string, RegExp, boolean]> = [
    ['own tile', 'local', /Your own video: never checked/, false],
    ['screen share', 'ana/share', /Screen share: never checked for a face/, false],
    ['camera off', 'ben', /Camera off: nothing to check/, false],
    ['another person with a camera', 'ana', /Face found/, true],
  ];
  it.each(rows)('%s', (_name, key, text, skippable) => {
    renderPanel({ state: consented(), analysis: { state: 'ready' } });
    const r = row(key);
    expect(r.textContent).toMatch(text);
    expect(within(r).queryByRole('checkbox', { name: 'Skip liveness for this person' }) !== null).toBe(skippable);
  });

  it('renders hostile names as text, never as markup', () => {
    renderPanel({ state: consented() });
    const name = row('eve').querySelector('h4');
    expect(name?.textContent).toBe(HOSTILE);
    expect(row('eve').querySelectorAll('img, b')).toHaveLength(0);
  });

  it('the skip toggle calls back and, when on, says no check runs', () => {
    const { props, rerender } = renderPanel({ state: consented() });
    fireEvent.click(within(row('ana')).getByRole('checkbox', { name: 'Skip liveness for this person' }));
    expect(props.onSkip).toHaveBeenCalledExactlyOnceWith('ana', true);
    rerender(<MeetingPanel {...props} state={consented({ skipped: new Set(['ana']) })} />);
    expect(row('ana').textContent).toMatch(/no check is run on this person's video and nothing is inferred/);
    expect(row('ana').textContent).toMatch(/Liveness is skipped for this person/);
    expect(row('ana').textContent).not.toMatch(/Face found/);
  });

  const faces: Array<[string, Partial<ReturnType<typeof emptyRecord>>, string, string]> = [
    ['nothing analysed yet', {}, 'unknown', 'Not analysed yet'],
    ['a face in the last frame', { analysed: 12, withFace: 12, faceInLastFrame: true, lastFaceMs: 2000, lastFrameMs: 2000 }, 'yes', 'Yes'],
    ['no face for a while', { analysed: 50, withFace: 10, faceInLastFrame: false, lastFaceMs: 1000, lastFrameMs: 13_400 }, 'no', 'No (last seen 12 s ago)'],
    ['never a face', { analysed: 5, faceInLastFrame: false, lastFrameMs: 500 }, 'no', 'No face seen yet'],
  ];
  it.each(faces)('face found: %s', (_name, record, value, text) => {
    renderPanel({ state: consented({ records: new Map([['ana', { ...emptyRecord(), ...record }]]) }), analysis: { state: 'ready' } });
    expect(row('ana').getAttribute('data-face-found')).toBe(value);
    expect(row('ana').textContent).toContain(text);
  });

  it('offers challenges once frames are analysed, and reports a result as text', () => {
    const record = { ...emptyRecord(), analysed: 30, challenges: [{ kind: 'turn-head' as const, startMs: 0, endMs: 3000, result: 'fail' as const, reason: 'The head turned 8° from its starting pose.', at: 0 }] };
    const { props } = renderPanel({ state: consented({ records: new Map([['ana', record]]) }), analysis: { state: 'ready' } });
    fireEvent.click(within(row('ana')).getByRole('button', { name: 'Start: hand across face' }));
    expect(props.onStartChallenge).toHaveBeenCalledExactlyOnceWith('ana', 'hand-across-face');
    expect(row('ana').textContent).toContain('Turn head: Did not show what was asked. The head turned 8° from its starting pose.');
  });

  it('withdrawing consent is one button away', () => {
    const { props } = renderPanel({ state: consented() });
    fireEvent.click(screen.getByRole('button', { name: /consent withdrawn/ }));
    expect(props.onConsent).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('says when the landmarker could not start', () => {
    renderPanel({ state: consented(), analysis: { state: 'failed', error: 'No model' } });
    expect(screen.getByRole('alert').textContent).toBe('The face landmarker could not start: No model');
  });

  it('collapses from the keyboard-reachable header button', () => {
    const { props } = renderPanel();
    const toggle = screen.getByRole('button', { name: 'Collapse panel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(props.onToggleCollapsed).toHaveBeenCalledOnce();
  });
});

describe('MeetingPanel face model line', () => {
  it.each([
    { name: 'shown once the landmarker runs', analysis: { state: 'ready' as const }, shown: 'Model: built-in' },
    { name: 'not shown while it starts', analysis: { state: 'starting' as const }, shown: null },
  ])('$name', ({ analysis, shown }) => {
    renderPanel({ state: state({ consent: true }), analysis, model: 'Model: built-in' });
    expect(screen.queryByTestId('face-model')?.textContent ?? null).toBe(shown);
  });
});
