import { describe, expect, it } from 'vitest';
import { identityText } from '../../../components/meeting/liveness-format';

describe('identityText', () => {
  it.each([
    ['nothing measured', undefined, 'not measured yet'],
    ['only the reference', { reference: [1] }, 'the start of the call is the reference'],
    ['steady, and says that proves nothing', { reference: [1], largestDrift: 0.021, changed: false }, 'steady since the start of the call (largest change 2.1%; a steady result does not prove'],
    ['changed, with the innocent causes', { reference: [1], largestDrift: 0.07, changed: true }, 'changed by up to 7.0% since the start of the call. Glasses'],
  ])('%s', (_name, identity, text) => expect(identityText(identity)).toContain(text));
});
