// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddEvidence, type AddedEvidenceItem } from '../../components/AddEvidence';
import { IpDataNotice, showsIpData } from '../../components/IpDataNotice';
import type { SignalResult } from '../../lib/risk/assessment';

afterEach(cleanup);

const items: AddedEvidenceItem[] = [
  { id: 'c|ip|203.0.113.7', label: '203.0.113.7', kind: 'ip', addedAt: Date.UTC(2026, 10, 24) },
  { id: 'c|utc-offset|330', label: 'UTC+05:30', kind: 'utc-offset', addedAt: Date.UTC(2026, 10, 23) },
];

function setup(onAdd = vi.fn(async (_text: string): Promise<string | undefined> => 'Added 203.0.113.7.'), onRemove = vi.fn(async (_id: string) => undefined)) {
  render(<AddEvidence items={items} onAdd={onAdd} onRemove={onRemove} />);
  return { textarea: screen.getByLabelText('Add evidence') as HTMLTextAreaElement, onAdd, onRemove };
}

describe('AddEvidence', () => {
  it('sends the pasted text, clears it and says what was added', async () => {
    const { textarea, onAdd } = setup();
    fireEvent.change(textarea, { target: { value: 'Received: from [203.0.113.7]' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    });
    expect(onAdd).toHaveBeenCalledExactlyOnceWith('Received: from [203.0.113.7]');
    expect(textarea.value).toBe('');
    expect(screen.getByRole('status').textContent).toBe('Added 203.0.113.7.');
  });

  it('keeps the text and shows why when nothing could be added', async () => {
    const { textarea } = setup(vi.fn(async () => Promise.reject(new Error('No public IP address or UTC offset found in the pasted text.'))));
    fireEvent.change(textarea, { target: { value: 'hello' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    });
    expect(textarea.value).toBe('hello');
    expect(screen.getByRole('alert').textContent).toContain('No public IP address');
  });

  it.each(['', '  \n'])('Add is disabled for %j', (text) => {
    const { textarea } = setup();
    fireEvent.change(textarea, { target: { value: text } });
    expect((screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists what was added, each removable by a labelled button', async () => {
    const { onRemove } = setup();
    const list = screen.getByRole('list', { name: 'Added evidence' });
    expect(list.textContent).toContain('IP address 203.0.113.7');
    expect(list.textContent).toContain('UTC offset UTC+05:30');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Remove UTC+05:30' }));
    });
    expect(onRemove).toHaveBeenCalledExactlyOnceWith('c|utc-offset|330');
  });
});

describe('IP data notice', () => {
  const result = (data: Record<string, string>): SignalResult => ({
    signalId: 's', title: 's', severity: 'low', weight: 0.1, status: 'hit', falsePositive: false, contribution: 1,
    evidence: [{ messageId: 'm', data, text: 't' }],
  });
  it.each<[string, SignalResult[], boolean]>([
    ['no evidence from the IP database', [result({ query: 'a@b.example', network: '' })], false],
    ['a network name is shown', [result({ network: ' (AS64500 Example)' })], true],
    ['a country of an address is shown', [result({ ipCountry: 'NL' })], true],
  ])('%s', (_name, results, expected) => {
    expect(showsIpData(results)).toBe(expected);
  });

  it('credits DB-IP with a link', () => {
    render(<IpDataNotice />);
    expect(screen.getByRole('link', { name: 'IP Geolocation by DB-IP' }).getAttribute('href')).toBe('https://db-ip.com');
  });
});
