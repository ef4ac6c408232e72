// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsSection, type SettingsSectionProps } from '../../../components/options/SettingsSection';
import type { SignalInfo } from '../../../lib/options/signal-info';
import { DEFAULT_SETTINGS, type SettingName, type Settings } from '../../../lib/settings/settings-schema';

afterEach(cleanup);

const signals: SignalInfo[] = [
  { id: 'reused-phone', meta: { title: 'Phone number reused', description: 'd', weight: 0.5 } },
  { id: 'voip-phone', meta: { title: 'Internet (VoIP) phone number', description: 'd', weight: 0.2 } },
];
const KEY = `${'A'.repeat(42)}E=`;

function setup({ settings = {}, locked = [], problems = [], save }: { settings?: Partial<Settings>; locked?: SettingName[]; problems?: string[]; save?: SettingsSectionProps['save'] } = {}) {
  const saveMock = vi.fn(save ?? (async () => {}));
  render(
    <SettingsSection
      current={{ settings: { ...DEFAULT_SETTINGS, ...settings }, locked: new Set(locked), problems }}
      loadError={undefined}
      save={saveMock}
      signals={signals}
      subscriptions={{ outcomeOf: () => undefined, requestPermission: vi.fn(async () => {}), refreshNow: vi.fn(async () => []) }}
    />,
  );
  const group = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });
  return { save: saveMock, group };
}

describe('SettingsSection', () => {
  it.each([
    { setting: 'trustedKeys' as const, group: 'Trusted keys', editable: () => screen.queryByRole('button', { name: 'Add key' }) },
    { setting: 'subscriptions' as const, group: 'Subscriptions', editable: () => screen.queryByRole('button', { name: 'Add subscription' }) },
    { setting: 'signalWeights' as const, group: 'Check weights', editable: () => screen.queryByRole('button', { name: 'Save weights' }) },
    {
      setting: 'disabledSignals' as const,
      group: 'Checks that run',
      editable: () => (screen.getByRole('checkbox', { name: 'Phone number reused' }) as HTMLInputElement).disabled ? null : true,
    },
    { setting: 'retentionDays' as const, group: 'Keep candidate data', editable: () => within(screen.getByRole('group', { name: /^Keep candidate data/ })).queryByRole('button', { name: 'Save' }) },
    {
      setting: 'livenessConsentNotice' as const,
      group: 'Liveness consent notice',
      editable: () => within(screen.getByRole('group', { name: /^Liveness consent notice/ })).queryByRole('button', { name: 'Save' }),
    },
    {
      setting: 'meetingSelfNames' as const,
      group: 'Your names in video calls',
      editable: () => within(screen.getByRole('group', { name: /^Your names in video calls/ })).queryByRole('button', { name: 'Save' }),
    },
    { setting: 'workdayCandidateClasses' as const, group: 'Workday candidate pages', editable: () => screen.queryByRole('button', { name: 'Add class' }) },
  ])('$setting set by policy is read-only and says so', ({ setting, group, editable }) => {
    const first = setup();
    expect(within(first.group(group)).queryByText('Set by your organisation')).toBeNull();
    expect(editable()).toBeTruthy();
    cleanup();
    const locked = setup({ locked: [setting] });
    expect(within(locked.group(group)).getByText('Set by your organisation')).toBeTruthy();
    expect(editable()).toBeFalsy();
    // Only that one: the others stay editable.
    expect(screen.getAllByText('Set by your organisation')).toHaveLength(1);
  });

  it('shows the problems found in stored settings or the policy', () => {
    setup({ problems: ['policy: unknown setting "trustedKey" ignored'] });
    expect(screen.getByRole('alert').textContent).toContain('policy: unknown setting "trustedKey" ignored');
  });

  describe('trusted keys', () => {
    it.each([
      { name: 'a valid key is saved', id: 'secops-2027', key: KEY, saved: [{ id: 'secops-2027', publicKey: KEY }], error: undefined },
      { name: 'a malformed key is refused inline', id: 'secops-2027', key: 'not-a-key', saved: undefined, error: 'expected standard base64 of 32 bytes' },
      { name: 'a missing name is refused inline', id: '', key: KEY, saved: undefined, error: 'Enter a name' },
    ])('$name', async ({ id, key, saved, error }) => {
      const { save, group } = setup();
      const keys = group('Trusted keys');
      fireEvent.change(within(keys).getByLabelText('Key name'), { target: { value: id } });
      fireEvent.change(within(keys).getByLabelText('Public key (base64)'), { target: { value: key } });
      await act(async () => fireEvent.click(within(keys).getByRole('button', { name: 'Add key' })));
      if (saved) expect(save).toHaveBeenCalledExactlyOnceWith({ trustedKeys: saved });
      else expect(save).not.toHaveBeenCalled();
      if (error) expect(keys.textContent).toContain(error);
    });

    it('a save that fails shows why and keeps what was typed', async () => {
      const { group } = setup({ save: async () => Promise.reject(new Error("Set by your organisation's policy: trustedKeys")) });
      const keys = group('Trusted keys');
      fireEvent.change(within(keys).getByLabelText('Key name'), { target: { value: 'secops-2027' } });
      fireEvent.change(within(keys).getByLabelText('Public key (base64)'), { target: { value: KEY } });
      await act(async () => fireEvent.click(within(keys).getByRole('button', { name: 'Add key' })));
      expect(within(keys).getByRole('alert').textContent).toBe("Set by your organisation's policy: trustedKeys");
      expect((within(keys).getByLabelText('Key name') as HTMLInputElement).value).toBe('secops-2027');
    });

    it('removing asks first', async () => {
      const { save, group } = setup({ settings: { trustedKeys: [{ id: 'old', publicKey: KEY }] } });
      const keys = group('Trusted keys');
      fireEvent.click(within(keys).getByRole('button', { name: 'Remove the key “old”' }));
      await act(async () => fireEvent.click(within(keys).getByRole('button', { name: 'Remove key' })));
      expect(save).toHaveBeenCalledExactlyOnceWith({ trustedKeys: [] });
    });
  });

  describe('check weights', () => {
    it.each([
      { name: 'an override', edits: { 'reused-phone': '0.3' }, saved: { 'reused-phone': 0.3, 'voip-phone': 0.1 } },
      { name: 'a decimal comma', edits: { 'voip-phone': '0,05' }, saved: { 'reused-phone': 0.4, 'voip-phone': 0.05 } },
      { name: 'an emptied field uses the own weight again', edits: { 'voip-phone': '' }, saved: { 'reused-phone': 0.4 } },
    ])('saves $name', async ({ edits, saved }) => {
      const { save } = setup({ settings: { signalWeights: { 'reused-phone': 0.4, 'voip-phone': 0.1 } } });
      for (const [id, value] of Object.entries(edits)) fireEvent.change(document.getElementById(`weight-${id}`) as HTMLInputElement, { target: { value } });
      expect(screen.getByText('Unsaved changes')).toBeTruthy();
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save weights' })));
      expect(save).toHaveBeenCalledExactlyOnceWith({ signalWeights: saved });
    });

    it('refuses a weight outside 0..1 next to its field', async () => {
      const { save } = setup();
      fireEvent.change(document.getElementById('weight-voip-phone') as HTMLInputElement, { target: { value: '2' } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save weights' })));
      expect(save).not.toHaveBeenCalled();
      expect(document.getElementById('weight-voip-phone-error')?.textContent).toBe('Enter a number from 0 to 1.');
    });

    it('Reset clears an override back to the own weight', async () => {
      const { save } = setup({ settings: { signalWeights: { 'voip-phone': 0.1 } } });
      fireEvent.click(screen.getByRole('button', { name: 'Reset the weight of “Internet (VoIP) phone number”' }));
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save weights' })));
      expect(save).toHaveBeenCalledExactlyOnceWith({ signalWeights: {} });
    });
  });

  it.each([
    { name: 'switching a check off', disabled: [], click: 'Internet (VoIP) phone number', saved: ['voip-phone'] },
    { name: 'switching it back on', disabled: ['voip-phone'], click: 'Internet (VoIP) phone number', saved: [] },
  ])('checks that run: $name', async ({ disabled, click, saved }) => {
    const { save } = setup({ settings: { disabledSignals: disabled } });
    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: click })));
    expect(save).toHaveBeenCalledExactlyOnceWith({ disabledSignals: saved });
  });

  it.each([
    { text: '30', saved: 30, error: undefined },
    { text: '0', saved: 0, error: undefined },
    { text: '4000', saved: undefined, error: 'Enter a whole number from 0 to 3650.' },
    { text: '1.5', saved: undefined, error: 'Enter a whole number from 0 to 3650.' },
  ])('retention $text', async ({ text, saved, error }) => {
    const { save, group } = setup({ settings: { retentionDays: 90 } });
    const retention = group('Keep candidate data');
    fireEvent.change(within(retention).getByLabelText('Days'), { target: { value: text } });
    await act(async () => fireEvent.click(within(retention).getByRole('button', { name: 'Save' })));
    if (saved === undefined) expect(save).not.toHaveBeenCalled();
    else expect(save).toHaveBeenCalledExactlyOnceWith({ retentionDays: saved });
    if (error) expect(retention.textContent).toContain(error);
  });

  it.each([
    { name: 'a new notice is saved trimmed', group: 'Liveness consent notice', field: 'Notice', text: `  ${'We check the video is live. '.repeat(3)} `, saved: { livenessConsentNotice: 'We check the video is live. '.repeat(3).trim() } },
    { name: 'a notice too short to inform is refused', group: 'Liveness consent notice', field: 'Notice', text: 'OK?', error: 'at least 40 characters' },
    { name: 'self names one per line, blanks and repeats dropped', group: 'Your names in video calls', field: 'Names', text: 'Dana Reyes\n\n Dana Reyes \nDana R. (HireCo)', saved: { meetingSelfNames: ['Dana Reyes', 'Dana R. (HireCo)'] } },
    { name: 'an empty list of names is allowed', group: 'Your names in video calls', field: 'Names', text: '  ', saved: { meetingSelfNames: [] }, initial: { meetingSelfNames: ['Old'] } },
    { name: 'too many names are refused', group: 'Your names in video calls', field: 'Names', text: Array.from({ length: 21 }, (_, i) => `Name ${i}`).join('\n'), error: 'At most 20 names' },
  ])('interview settings: $name', async ({ group: groupName, field, text, saved, error, initial }) => {
    const { save, group } = setup({ settings: initial ?? {} });
    const box = group(groupName);
    fireEvent.change(within(box).getByLabelText(field), { target: { value: text } });
    await act(async () => fireEvent.click(within(box).getByRole('button', { name: 'Save' })));
    if (saved === undefined) expect(save).not.toHaveBeenCalled();
    else expect(save).toHaveBeenCalledExactlyOnceWith(saved);
    if (error) expect(box.textContent).toContain(error);
  });

  it('a changed notice can be put back to the product default', async () => {
    const { save, group } = setup({ settings: { livenessConsentNotice: 'Our own notice that says what is checked and that you may decline.' } });
    await act(async () => fireEvent.click(within(group('Liveness consent notice')).getByRole('button', { name: 'Restore the default' })));
    expect(save).toHaveBeenCalledExactlyOnceWith({ livenessConsentNotice: DEFAULT_SETTINGS.livenessConsentNotice });
    cleanup();
    setup();
    expect(screen.queryByRole('button', { name: 'Restore the default' })).toBeNull();
  });
});
