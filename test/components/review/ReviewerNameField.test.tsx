// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewerNameField } from '../../../components/review/ReviewerNameField';
import { useReviewerName } from '../../../lib/review/use-reviewer-name';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function Harness() {
  const [name, setName] = useReviewerName();
  return (
    <>
      <ReviewerNameField name={name} onChange={setName} />
      <output>{name}</output>
    </>
  );
}

describe('ReviewerNameField', () => {
  it('is a labelled text field whose value is kept for the next visit', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('Your name on exports'), { target: { value: 'Pat Reviewer' } });
    expect(screen.getByRole('status').textContent).toBe('Pat Reviewer');
    cleanup();
    render(<Harness />);
    expect((screen.getByLabelText('Your name on exports') as HTMLInputElement).value).toBe('Pat Reviewer');
  });

  it('keeps at most 200 characters', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('Your name on exports'), { target: { value: 'x'.repeat(300) } });
    expect(screen.getByRole('status').textContent).toHaveLength(200);
  });
});
