// The cargo battery: containers, counted as munitions when nothing says what they hold, take the
// food or fuel a verb of carrying right after them names ("most of them carrying food", "loaded
// with rice"), in their own clause. In sentences of our own, each with every claim it should give.
// Probes the engine misreads today are left out:
//   - "Russia sent about 6,000 containers to North Korea, mostly food.": goods set after the
//     containers with no verb of carrying are not read as their cargo.
import { describe, it } from 'vitest';
import { expectFigures, probeTable } from './extract-probe-support.ts';
import type { FigureProbe } from './extract-probe-support.ts';

const { add, family } = probeTable<FigureProbe>();

add('cargo-named-after', [
  [
    'Moscow had in turn shipped some 7,000 containers back to North Korea, most of them believed to be loaded with rice and flour.',
    '7000 approx container food RUS PRK',
  ],
  [
    'Russia had sent about 6,000 containers back, nearly all of them carrying food.',
    '6000 approx container food RUS PRK',
  ],
  [
    'Russia sent about 4,500 containers to North Korea, most of them carrying grain.',
    '4500 approx container food RUS PRK',
  ],
  [
    'Russia sent 5,000 containers filled with diesel to North Korea.',
    '5000 exact container oil RUS PRK',
  ],
]);

add('cargo-not-named', [
  [
    'North Korea sent 12,000 containers to Russia, most of them carrying artillery shells.',
    '12000 exact container munitions PRK RUS',
  ],
  [
    'North Korea sent 12,000 containers to Russia, and Russia sent food and fuel in return.',
    '12000 exact container munitions PRK RUS',
  ],
  [
    'North Korea has shipped more than 10,000 containers of shells to Russia.',
    '10000 more_than container munitions PRK RUS',
  ],
  [
    'Pyongyang sent about 9,000 containers to Russia. Moscow paid with food, officials said.',
    '9000 approx container munitions PRK RUS',
  ],
]);

describe('cargo of containers', () => {
  it('reads containers whose following words say they carry food or fuel as those goods', () => {
    expectFigures(family('cargo-named-after'));
  });
  it('keeps containers of arms, or with goods named in another clause, as munitions', () => {
    expectFigures(family('cargo-not-named'));
  });
});
