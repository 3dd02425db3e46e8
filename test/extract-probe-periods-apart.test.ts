// A share told in a further reported clause after "and that" takes no period from the figure it
// is said of, as no date of the first clause dates that clause: "since March" is open, so a part
// of it ("half of them") stays undated too; only a part of what a closed span counted keeps the
// span. In texts of our own read against a fixed publication date (15 June 2025).
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('a share in a further reported clause after "and that"', () => {
  it('takes no period from a running total in the first clause', () => {
    expectPeriods(
      periodProbes([
        [
          'A Kyiv agency reckons Pyongyang has delivered over 180 rockets to Moscow since spring 2024, and that its ammunition now accounts for about 35% of what Russian gunners shoot.',
          'about 35%',
          null,
        ],
        [
          'Kyiv says Moscow has launched 40-odd Korean-built missiles at its cities since late January, and that about half of those missed their targets.',
          'about half',
          null,
        ],
        [
          'Prosecutors said Moscow has launched 75 missiles from the North at Odesa since March, and that about a third of them were shot down.',
          'about a third',
          null,
        ],
      ]),
    );
  });

  it('keeps a closed span for a part of what it counted, and a share in the same clause', () => {
    expectPeriods(
      periodProbes([
        [
          'Officials said Russia fired about 50 North Korean missiles at Ukraine in March, and that about half of those were intercepted.',
          'about half',
          span('2025-03', '2025-03'),
        ],
        [
          'Officials said 900 North Korean troops arrived in 2024, and that 300 of them were snipers.',
          '300 of them',
          span('2024', '2024'),
        ],
        [
          'Officials said Russia had fired about 50 North Korean missiles at Ukraine since January, roughly half of them at Kharkiv.',
          'roughly half',
          span('2025-01', null),
        ],
      ]),
    );
  });
});
