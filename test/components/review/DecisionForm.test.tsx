// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecisionForm } from '../../../components/review/DecisionForm';
import { DECISION_REASON_MAX_LENGTH, type DecisionRecord } from '../../../lib/db/review-records';

afterEach(cleanup);

const current: DecisionRecord = { id: 'd1', candidateId: 'c1', at: 1, state: 'cleared', reason: 'ID checked' };
const submit = () => act(async () => void fireEvent.submit(screen.getByRole('button', { name: /decision$/ })));

describe('DecisionForm', () => {
  it.each([
    { name: 'no decision chosen', choose: undefined, reason: 'Some reason', alert: 'Choose a decision.' },
    { name: 'no reason', choose: 'Rejected', reason: '', alert: 'Give the reason for this decision.' },
    { name: 'a blank reason', choose: 'Rejected', reason: '    ', alert: 'Give the reason for this decision.' },
  ])('refuses $name and calls nothing', async ({ choose, reason, alert }) => {
    const onDecide = vi.fn();
    render(<DecisionForm current={undefined} onDecide={onDecide} />);
    if (choose) fireEvent.click(screen.getByLabelText(choose));
    fireEvent.change(screen.getByLabelText(/^Reason/), { target: { value: reason } });
    await submit();
    expect(screen.getByRole('alert').textContent).toBe(alert);
    expect(onDecide).not.toHaveBeenCalled();
  });

  it('records the chosen decision with the trimmed reason and the decision it saw, then clears', async () => {
    const onDecide = vi.fn(() => Promise.resolve());
    render(<DecisionForm current={undefined} onDecide={onDecide} />);
    fireEvent.click(screen.getByLabelText('Escalated to security'));
    const reason = screen.getByLabelText(/^Reason/) as HTMLTextAreaElement;
    fireEvent.change(reason, { target: { value: '  Phone shared with two other applicants  ' } });
    await submit();
    expect(onDecide).toHaveBeenCalledExactlyOnceWith({ state: 'escalated', reason: 'Phone shared with two other applicants', seenCurrentId: undefined });
    expect(screen.getByRole('status').textContent).toBe('Recorded: Escalated to security.');
    expect(reason.value).toBe('');
  });

  it('with a decision in force: it is not offered again, and it can be reversed', async () => {
    const onDecide = vi.fn(() => Promise.resolve());
    render(<DecisionForm current={current} onDecide={onDecide} />);
    const choices = screen.getAllByRole('radio').map((r) => r.getAttribute('value'));
    expect(choices).toEqual(['needs-verification', 'escalated', 'rejected', 'reversed']);
    fireEvent.click(screen.getByLabelText('Reverse “Cleared”'));
    fireEvent.change(screen.getByLabelText(/^Reason/), { target: { value: 'New evidence' } });
    expect(screen.getByRole('button', { name: 'Reverse decision' })).toBeTruthy();
    await submit();
    expect(onDecide).toHaveBeenCalledExactlyOnceWith({ state: 'reversed', reason: 'New evidence', seenCurrentId: 'd1' });
  });

  it('shows why a decision was not recorded and keeps what was typed', async () => {
    const onDecide = vi.fn(() => Promise.reject(new Error('The decision on this case changed since you opened it.')));
    render(<DecisionForm current={undefined} onDecide={onDecide} />);
    fireEvent.click(screen.getByLabelText('Cleared'));
    fireEvent.change(screen.getByLabelText(/^Reason/), { target: { value: 'ok' } });
    await submit();
    expect(screen.getByRole('alert').textContent).toContain('changed since you opened it');
    expect((screen.getByLabelText(/^Reason/) as HTMLTextAreaElement).value).toBe('ok');
  });

  it('caps the reason at the stored maximum and says it is internal to HR', () => {
    render(<DecisionForm current={undefined} onDecide={vi.fn()} />);
    const reason = screen.getByLabelText(/^Reason/) as HTMLTextAreaElement;
    fireEvent.change(reason, { target: { value: 'x'.repeat(DECISION_REASON_MAX_LENGTH + 50) } });
    expect(reason.value).toHaveLength(DECISION_REASON_MAX_LENGTH);
    expect(screen.getByText(/never shown to the applicant/)).toBeTruthy();
  });
});
