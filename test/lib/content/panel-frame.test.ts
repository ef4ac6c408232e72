import { describe, expect, it } from 'vitest';
import { isPanelLayoutMessage, PANEL_LAYOUT_MESSAGE } from '../../../lib/content/panel-frame';

describe('isPanelLayoutMessage', () => {
  const cases: Array<[string, unknown, boolean]> = [
    ['collapse request', { type: PANEL_LAYOUT_MESSAGE, collapsed: true }, true],
    ['expand request', { type: PANEL_LAYOUT_MESSAGE, collapsed: false }, true],
    ['wrong type', { type: 'other', collapsed: true }, false],
    ['collapsed not a boolean', { type: PANEL_LAYOUT_MESSAGE, collapsed: 'yes' }, false],
    ['null', null, false],
    ['a string', PANEL_LAYOUT_MESSAGE, false],
  ];
  it.each(cases)('%s', (_name, data, expected) => expect(isPanelLayoutMessage(data)).toBe(expected));
});
