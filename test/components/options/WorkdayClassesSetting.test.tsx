// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkdayClassesSetting, type WorkdayClassesSettingProps } from '../../../components/options/WorkdayClassesSetting';

afterEach(cleanup);

const address = (classId: string) => `https://wd5.myworkday.com/northwind/d/inst/1$0/${classId}$48213.htmld`;

function setup(overrides: Partial<WorkdayClassesSettingProps> = {}) {
  const props: WorkdayClassesSettingProps = { classes: [], locked: false, editable: true, onSave: vi.fn(async () => {}), ...overrides };
  render(<WorkdayClassesSetting {...props} />);
  return props;
}

const field = () => screen.getByLabelText('Address of a candidate’s profile') as HTMLInputElement;
const reading = () => screen.getByTestId('workday-class-reading');
const paste = (text: string) => fireEvent.change(field(), { target: { value: text } });
const add = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add class' })));

describe('WorkdayClassesSetting', () => {
  it.each([
    { name: 'a candidate profile shows its class and saves it', pasted: address('3104'), classes: [], shown: 'Class 3104 found.', saved: ['3104'] },
    { name: 'a second class is added to the first', pasted: address('3104'), classes: ['871'], shown: 'Class 3104 found.', saved: ['871', '3104'] },
    { name: 'a worker profile is refused', pasted: address('247'), classes: [], shown: 'Class 247 is a worker profile', saved: undefined },
    { name: 'the home page is refused', pasted: 'https://wd5.myworkday.com/northwind/d/home.htmld', classes: [], shown: 'home page', saved: undefined },
    { name: 'another site is refused', pasted: 'https://app.greenhouse.io/people/48213', classes: [], shown: 'Not a Workday address', saved: undefined },
    { name: 'a class already saved is refused', pasted: address('3104'), classes: ['3104'], shown: 'already saved', saved: undefined },
  ])('$name', async ({ pasted, classes, shown, saved }) => {
    const props = setup({ classes });
    paste(pasted);
    expect(reading().textContent).toContain(shown);
    expect(field().getAttribute('aria-invalid')).toBe(saved ? null : 'true');
    await add();
    if (saved) {
      expect(props.onSave).toHaveBeenCalledExactlyOnceWith(saved);
      expect(field().value).toBe('');
      expect(screen.getByRole('status').textContent).toContain(`Class ${saved.at(-1)} added`);
    } else {
      expect(props.onSave).not.toHaveBeenCalled();
      expect(field().value).toBe(pasted);
    }
  });

  it('a save that fails shows why and keeps the address', async () => {
    setup({ onSave: vi.fn(async () => Promise.reject(new Error("Set by your organisation's policy: workdayCandidateClasses"))) });
    paste(address('3104'));
    await add();
    expect(screen.getByRole('alert').textContent).toBe("Set by your organisation's policy: workdayCandidateClasses");
    expect(field().value).toBe(address('3104'));
  });

  it('removing a saved class asks first', async () => {
    const props = setup({ classes: ['871', '3104'] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove class 871' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Remove class' })));
    expect(props.onSave).toHaveBeenCalledExactlyOnceWith(['3104']);
  });

  it.each([
    { name: 'set by policy', locked: true, editable: true, note: 'Set by your organisation' },
    { name: 'the policy forbids changes in this browser', locked: false, editable: false, note: 'does not allow changing this' },
  ])('read-only when $name: the classes show, nothing can be added or removed', ({ locked, editable, note }) => {
    setup({ classes: ['3104'], locked, editable });
    expect(screen.getByText('Class 3104')).toBeTruthy();
    expect(screen.getByText(new RegExp(note))).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add class' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });

  it('says that no Workday page is read while no class is saved', () => {
    setup();
    expect(screen.getByText('No class saved: HireProof reads no Workday page.')).toBeTruthy();
  });
});
