// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlagForReview } from '../../components/FlagForReview';

afterEach(cleanup);

describe('FlagForReview', () => {
  it('shows the flagged state instead of the form', () => {
    render(<FlagForReview flagged onFlagForReview={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toContain('Flagged for HR review');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it.each(['', '   '])('the button is disabled for reason %j', (reason) => {
    render(<FlagForReview flagged={false} onFlagForReview={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('Reason for HR review'), { target: { value: reason } });
    expect((screen.getByRole('button', { name: 'Flag for HR review' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it.each([
    { how: 'button click', submit: () => fireEvent.click(screen.getByRole('button', { name: 'Flag for HR review' })) },
    // Enter in a text input submits its form in a browser; happy-dom needs the submit event sent.
    { how: 'form submit (Enter)', submit: () => fireEvent.submit(screen.getByLabelText('Reason for HR review')) },
  ])('calls back with the trimmed reason on $how', async ({ submit }) => {
    const onFlagForReview = vi.fn();
    render(<FlagForReview flagged={false} onFlagForReview={onFlagForReview} />);
    const input = screen.getByLabelText('Reason for HR review') as HTMLInputElement;
    fireEvent.change(input, { target: { value: ' Same phone as another applicant ' } });
    await act(async () => {
      submit();
    });
    expect(onFlagForReview).toHaveBeenCalledExactlyOnceWith('Same phone as another applicant');
    expect(input.value).toBe('');
  });

  it('shows an alert and keeps the reason when the callback rejects', async () => {
    const onFlagForReview = vi.fn(() => Promise.reject(new Error('nope')));
    render(<FlagForReview flagged={false} onFlagForReview={onFlagForReview} />);
    const input = screen.getByLabelText('Reason for HR review') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'check e-mail' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button'));
    });
    expect(screen.getByRole('alert').textContent).toBe('The flag was not saved. Try again.');
    expect(input.value).toBe('check e-mail');
  });
});
