import { describe, expect, it } from 'vitest';
import type { CandidateView } from '../../../lib/candidate/candidate-view';
import type { SignalOutcome } from '../../../lib/signals/define-signal';
import signal from '../../../lib/signals/linkedin-slug-mismatch';
import { makeCtx, makeView } from './make-view';

const view = (handle: string | undefined, ...names: string[]) =>
  makeView({
    names,
    links: handle === undefined ? [] : [{ kind: 'linkedin', url: `https://www.linkedin.com/in/${encodeURIComponent(handle)}`, handle }],
  });
const miss: SignalOutcome = { status: 'miss' };

describe('linkedin-slug-mismatch', () => {
  const cases: Array<[string, CandidateView, SignalOutcome]> = [
    ['miss: full name slug', view('jordan-ellis', 'Jordan Ellis'), miss],
    ['miss: generated hex suffix', view('jordan-ellis-4b2a1c9', 'Jordan Ellis'), miss],
    ['miss: digits in slug', view('jordanellis1987', 'Jordan Ellis'), miss],
    ['miss: surname only', view('ellis-dev', 'Jordan Ellis'), miss],
    ['miss: initial + surname', view('jellis', 'Jordan Ellis'), miss],
    ['miss: surname + initials', view('ellisja', 'Jordan Alex Ellis'), miss],
    ['miss: short name run together', view('li-na-88', 'Li Na'), miss],
    ['miss: accented name, unaccented slug', view('jose-nunez', 'José Núñez'), miss],
    ['miss: accented slug', view('josé-núñez', 'Jose Nunez'), miss],
    ['miss: any of several names', view('sam-okafor', 'Jordan Ellis', 'Sam Okafor'), miss],
    ['miss: mixed-script names use the Latin one', view('wei-zhang', '张伟', 'Wei Zhang'), miss],
    ['hit: unrelated slug', view('sam-okafor-77', 'Jordan Ellis'), {
      status: 'hit',
      evidence: [{ messageId: 'unrelated', data: { handle: 'sam-okafor-77', names: 'Jordan Ellis' } }],
    }],
    ['hit: digits-only slug', view('123456', 'Jordan Ellis'), {
      status: 'hit',
      evidence: [{ messageId: 'unrelated', data: { handle: '123456', names: 'Jordan Ellis' } }],
    }],
    ['skip: no LinkedIn handle', view(undefined, 'Jordan Ellis'), { status: 'skip', reason: 'No LinkedIn profile address' }],
    ['skip: no name', view('jordan-ellis'), { status: 'skip', reason: 'No name on the profile' }],
    ['skip: only non-Latin names', view('wei-zhang', '张伟'), {
      status: 'skip',
      reason: 'Names are written in a script that a LinkedIn address cannot show; no transliteration is attempted',
    }],
    ['skip: Cyrillic name', view('ivan-petrov', 'Иван Петров'), {
      status: 'skip',
      reason: 'Names are written in a script that a LinkedIn address cannot show; no transliteration is attempted',
    }],
  ];
  it.each(cases)('%s', (_label, candidate, expected) => {
    expect(signal.evaluate(candidate, makeCtx())).toEqual(expected);
  });
});
