// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ListsSection, type ListsSectionProps } from '../../../components/options/ListsSection';
import { listRecord } from './sample-lists';

afterEach(cleanup);

const NOW = Date.parse('2026-11-24T12:00:00Z');

function setup(overrides: Partial<ListsSectionProps> = {}) {
  const actions = { setEnabled: vi.fn(async () => {}), remove: vi.fn(async () => {}), exportList: vi.fn(async () => {}) };
  const props: ListsSectionProps = {
    lists: [
      listRecord(),
      listRecord({
        id: 'vpn-exits',
        title: 'VPN exits',
        category: 'vpn-hosting',
        enabled: 0,
        expires: '2026-11-01',
        verifiedBy: 'secops-2026',
        origin: { kind: 'subscription', url: 'https://lists.example/vpn.json' },
        lastRefresh: { at: NOW - 3_600_000, ok: false, message: 'HTTP 404' },
      }),
    ],
    hits: new Map([
      ['acme-fraud', { candidates: 3, falsePositives: 1 }],
      ['vpn-exits', { candidates: 0, falsePositives: 0 }],
    ]),
    editable: true,
    actions,
    now: NOW,
    ...overrides,
  };
  render(<ListsSection {...props} />);
  const row = (id: string) => document.querySelector(`tr[data-list-id="${id}"]`) as HTMLElement;
  return { actions, row };
}

describe('ListsSection', () => {
  it.each([
    { id: 'acme-fraud', texts: ['ACME applicant fraud', 'acme-fraud', 'ACME Security Operations', 'Fraud indicators', '1,234', 'Imported from a file', 'Not signed', '2026-04-02', 'never', '3 candidates', '1 marked false positive'] },
    { id: 'vpn-exits', texts: ['VPN and hosting networks', 'Subscription: https://lists.example/vpn.json', 'Refresh failed', 'HTTP 404', 'Key “secops-2026”', '2026-11-01', 'Expired', '0 candidates'] },
  ])('shows every field of $id', ({ id, texts }) => {
    const { row } = setup();
    for (const text of texts) expect(row(id).textContent).toContain(text);
  });

  it.each([
    { name: 'switching a list off', id: 'acme-fraud', click: (r: HTMLElement) => fireEvent.click(within(r).getByRole('checkbox')), call: ['setEnabled', 'acme-fraud', false], status: '“ACME applicant fraud” is off.' },
    { name: 'switching a list on', id: 'vpn-exits', click: (r: HTMLElement) => fireEvent.click(within(r).getByRole('checkbox')), call: ['setEnabled', 'vpn-exits', true], status: '“VPN exits” is on.' },
    { name: 'exporting', id: 'vpn-exits', click: (r: HTMLElement) => fireEvent.click(within(r).getByRole('button', { name: 'Export “VPN exits”' })), call: ['exportList', 'vpn-exits'], status: '“VPN exits” exported.' },
  ])('$name calls the action and says it is done', async ({ id, click, call, status }) => {
    const { actions, row } = setup();
    await act(async () => click(row(id)));
    const [name, ...args] = call as [keyof typeof actions, ...unknown[]];
    expect(actions[name]).toHaveBeenCalledExactlyOnceWith(...args);
    expect(screen.getByRole('status').textContent).toBe(status);
  });

  it('delete asks first; Keep and Escape back out, the confirmation deletes', async () => {
    const { actions, row } = setup();
    const open = () => fireEvent.click(within(row('acme-fraud')).getByRole('button', { name: 'Delete “ACME applicant fraud”' }));
    open();
    const question = screen.getByRole('group', { name: /Delete “ACME applicant fraud” and its 1,234 entries\? This cannot be undone\./ });
    // The safe choice has focus.
    expect(document.activeElement?.textContent).toBe('Keep');
    fireEvent.click(within(question).getByRole('button', { name: 'Keep' }));
    open();
    fireEvent.keyDown(screen.getByRole('group', { name: /Delete/ }), { key: 'Escape' });
    expect(screen.queryByRole('group', { name: /Delete/ })).toBeNull();
    expect(actions.remove).not.toHaveBeenCalled();
    open();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete list' })));
    expect(actions.remove).toHaveBeenCalledExactlyOnceWith('acme-fraud');
  });

  it('says what is running while an action takes time, and shows a switch in its new state at once', async () => {
    const { actions, row } = setup();
    let finish: () => void = () => {};
    actions.setEnabled.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)));
    fireEvent.click(within(row('acme-fraud')).getByRole('checkbox'));
    expect(screen.getByRole('status').textContent).toBe('Switching “ACME applicant fraud” off…');
    const checkbox = within(row('acme-fraud')).getByRole('checkbox') as HTMLInputElement;
    expect({ checked: checkbox.checked, disabled: checkbox.disabled }).toEqual({ checked: false, disabled: true });
    await act(async () => finish());
    expect(screen.getByRole('status').textContent).toBe('“ACME applicant fraud” is off.');
  });

  it('shows why an action failed', async () => {
    const { actions, row } = setup();
    actions.setEnabled.mockRejectedValueOnce(new Error('The change was saved, but open candidate pages may show the previous lists'));
    await act(async () => fireEvent.click(within(row('acme-fraud')).getByRole('checkbox')));
    expect(screen.getByRole('alert').textContent).toContain('The change was saved');
  });

  it('read-only by policy: a notice, no switches, no delete; export still works', async () => {
    const { actions, row } = setup({ editable: false });
    expect(screen.getByText(/policy does not allow editing lists/)).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: /Delete/ })).toHaveLength(0);
    expect(row('vpn-exits').textContent).toContain('Off');
    await act(async () => fireEvent.click(within(row('acme-fraud')).getByRole('button', { name: /Export/ })));
    expect(actions.exportList).toHaveBeenCalledOnce();
  });

  it.each([
    { name: 'loading', lists: undefined, hits: undefined, text: 'Loading lists…' },
    { name: 'empty', lists: [], hits: undefined, text: 'No lists are stored yet. Import one below.' },
    { name: 'hits still counting', lists: [listRecord()], hits: undefined, text: 'counting…' },
    { name: 'hits not countable', lists: [listRecord()], hits: new Error('database closed'), text: 'Hits could not be counted: database closed' },
  ])('$name', ({ lists, hits, text }) => {
    setup({ lists, hits });
    expect(screen.getByText(text, { exact: false })).toBeTruthy();
  });
});
