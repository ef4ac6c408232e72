// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteList } from '../../components/NoteList';

afterEach(cleanup);

describe('NoteList', () => {
  it('shows notes newest first with their time', () => {
    render(
      <NoteList
        notes={[
          { id: 'a', text: 'first', createdAt: new Date(2026, 10, 19, 8, 0).getTime() },
          { id: 'b', text: 'second\nline two', createdAt: new Date(2026, 10, 20, 16, 45).getTime() },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('p')?.textContent)).toEqual(['second\nline two', 'first']);
    expect(items[0]?.querySelector('time')?.textContent).toBe('2026-11-20 16:45');
  });

  it('says when there are no notes', () => {
    render(<NoteList notes={[]} />);
    expect(screen.getByText('No notes yet.')).toBeTruthy();
  });
});
