import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CueSummaryView } from '../../../components/meeting/CueSummaryView';
import { summariseCues } from '../../../lib/meeting/cue-summary';
import { recording, type RecordingName } from '../../lib/vision/cues/recordings';

// Rendered to markup in Node: the recordings are read from disk, which the DOM test environment does not allow.
const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&#x27;', "'").replaceAll('&amp;', '&');
const warningsIn = (html: string) => [...html.matchAll(/<p class="hp-cues__warning">([^<]*)<\/p>/g)].map((m) => text(m[1] ?? ''));

/** The cues over a real recording at 10 fps, as the panel computes them. */
const summaryOf = (name: RecordingName) => {
  const rec = recording(name);
  return summariseCues({ size: rec.size, frames: rec.frames.filter((_, i) => i % 3 === 0) });
};

describe('CueSummaryView', () => {
  const cases: Array<[RecordingName, RegExp[]]> = [
    ['d9', []],
    ['still', [/the picture stood still for up to \d+ s/]],
    ['loop', [/repeated earlier frames/]],
    ['two-faces', [/Up to 2 faces were on camera together/]],
  ];
  it.each(cases)('%s: the warnings it shows', (name, warnings) => {
    const shown = warningsIn(renderToStaticMarkup(<CueSummaryView summary={summaryOf(name)} />));
    expect(shown).toHaveLength(warnings.length);
    warnings.forEach((w, i) => expect(shown[i]).toMatch(w));
  });

  it('states presence, blinks and head movement, and draws the head turn', () => {
    const html = renderToStaticMarkup(<CueSummaryView summary={summaryOf('d9')} />);
    expect(text(html)).toMatch(/Face on camera 100% of the last minute\./);
    expect(text(html)).toMatch(/Blinks: \d+\/min over \d+ s; a rate is compared with the usual range only after a minute\./);
    expect(text(html)).toMatch(/Head movement: turned -?\d+° to -?\d+°/);
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*>.*<path d="M/);
  });
});
