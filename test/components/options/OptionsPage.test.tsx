// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings-schema';
import { listRecord } from './sample-lists';

afterEach(cleanup);

function renderPage(editable: boolean | undefined) {
  const never = () => Promise.reject(new Error('not used'));
  render(
    <OptionsPage
      lists={[listRecord()]}
      hits={new Map()}
      editable={editable}
      listActions={{ setEnabled: never, remove: never, exportList: never }}
      importer={{
        jobs: { prepare: never, apply: never, discard: vi.fn(), cancel: vi.fn() },
        trustedKeys: [],
        subscriptionsLocked: false,
        download: never,
        onApplied: never,
      }}
      settings={{
        current: { settings: { ...DEFAULT_SETTINGS, recruitersMayEditLists: editable ?? true }, locked: new Set(), problems: [] },
        loadError: undefined,
        save: never,
        signals: [],
        subscriptions: { outcomeOf: () => undefined, requestPermission: never, refreshNow: never },
      }}
      now={() => 0}
      today={() => '2026-11-24'}
    />,
  );
}

describe('OptionsPage', () => {
  it.each([
    { editable: true, importing: true, switches: 1, notice: false },
    { editable: false, importing: false, switches: 0, notice: true },
    // The policy is not known yet: nothing is offered that may turn out to be forbidden.
    { editable: undefined, importing: false, switches: 0, notice: false },
  ])('lists editable: $editable', ({ editable, importing, switches, notice }) => {
    renderPage(editable);
    expect(screen.queryByRole('heading', { name: 'Import lists' }) !== null).toBe(importing);
    expect(screen.queryByRole('link', { name: 'Import' }) !== null).toBe(importing);
    expect(screen.queryAllByRole('checkbox', { name: /use the list/ })).toHaveLength(switches);
    expect(screen.queryByText(/policy does not allow editing lists/) !== null).toBe(notice);
  });
});
