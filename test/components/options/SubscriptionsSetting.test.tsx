// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubscriptionsSetting, type SubscriptionsSettingProps } from '../../../components/options/SubscriptionsSetting';

afterEach(cleanup);

const URL_A = 'https://lists.example/a.json';

function setup(overrides: Partial<SubscriptionsSettingProps> = {}) {
  const calls: string[] = [];
  const props: SubscriptionsSettingProps = {
    subscriptions: [],
    locked: false,
    editable: true,
    outcomeOf: () => undefined,
    onSave: vi.fn(async () => void calls.push('save')),
    requestPermission: vi.fn(async () => void calls.push('permission')),
    refreshNow: vi.fn(async () => []),
    ...overrides,
  };
  render(<SubscriptionsSetting {...props} />);
  return { props, calls };
}

async function add(url: string, hours = '24') {
  fireEvent.change(screen.getByLabelText('Address of a signed list'), { target: { value: url } });
  fireEvent.change(screen.getByLabelText('Refresh every (hours)'), { target: { value: hours } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add subscription' })));
}

describe('SubscriptionsSetting', () => {
  it('asks for permission first, then saves', async () => {
    const { props, calls } = setup();
    await add(URL_A, '6');
    expect(calls).toEqual(['permission', 'save']);
    expect(props.requestPermission).toHaveBeenCalledWith(URL_A);
    expect(props.onSave).toHaveBeenCalledWith([{ url: URL_A, refreshHours: 6 }]);
  });

  it('a refused permission is explained and nothing is saved', async () => {
    const { props } = setup({ requestPermission: vi.fn(async () => Promise.reject(new Error('HireProof needs your permission to download from lists.example.'))) });
    await add(URL_A);
    expect(props.onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('needs your permission');
  });

  it.each([
    { name: 'plain http to another machine', url: 'http://lists.example/a.json', hours: '24', error: 'expected an https:// URL' },
    { name: 'not a URL', url: 'lists', hours: '24', error: 'Address' },
    { name: 'an interval over a week', url: URL_A, hours: '200', error: 'Refresh interval' },
    { name: 'an address already subscribed', url: URL_A, hours: '24', error: 'already subscribed', existing: [{ url: URL_A, refreshHours: 24 }] },
  ])('refuses $name before asking for anything', async ({ url, hours, error, existing }) => {
    const { props } = setup(existing ? { subscriptions: existing } : {});
    await add(url, hours);
    expect(props.requestPermission).not.toHaveBeenCalled();
    expect(props.onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain(error);
  });

  it('lists each subscription with its last refresh, and refreshes now', async () => {
    const at = new Date(2026, 10, 24, 9, 30).getTime();
    const { props } = setup({
      subscriptions: [{ url: URL_A, refreshHours: 12 }],
      outcomeOf: () => ({ at, ok: false, message: 'the signature does not verify' }),
      refreshNow: vi.fn(async () => [{ url: URL_A, ok: true, message: 'stored 12 entries' }]),
    });
    const row = screen.getByRole('row', { name: new RegExp(URL_A.replace(/[./]/g, '\\$&')) });
    expect(row.textContent).toContain('12 h');
    expect(row.textContent).toContain('Failed 2026-11-24 09:30: the signature does not verify');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Refresh now' })));
    expect(props.refreshNow).toHaveBeenCalledOnce();
    expect(screen.getByText(`${URL_A}: stored 12 entries`)).toBeTruthy();
  });

  it('a refresh the background cannot do shows why', async () => {
    setup({ subscriptions: [{ url: URL_A, refreshHours: 24 }], refreshNow: vi.fn(async () => Promise.reject(new Error('The HireProof background did not handle this request'))) });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Refresh now' })));
    expect(screen.getByRole('alert').textContent).toContain('did not handle');
  });

  it.each([
    { name: 'locked by policy', locked: true, editable: true, note: 'Set by your organisation' },
    { name: 'lists not editable here', locked: false, editable: false, note: 'does not allow adding lists' },
  ])('$name: no adding or removing', ({ locked, editable, note }) => {
    setup({ locked, editable, subscriptions: [{ url: URL_A, refreshHours: 24 }] });
    expect(screen.queryByRole('button', { name: 'Add subscription' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.getByText(note, { exact: false })).toBeTruthy();
  });
});
