// The salvo of a strike whose toll the sentence before dated by its day ("Five people were killed
// in the strike on Odesa on Thursday night. The navy said Russia fired six missiles at the port")
// goes on with that day, though a toll and a salvo are figures of two kinds. Not a toll after a
// salvo, which annotators split on, nor a salvo after a toll of a span, nor a figure with a date
// of its own. In texts of our own read against a fixed publication date (Sunday 15 June 2025).
// Each probe names the figure it checks.
import { describe, it } from 'vitest';
import { expectPeriods, periodProbes, span } from './extract-probe-support.ts';

describe('the salvo after the toll of a strike', () => {
  it("goes on with the toll's day", () => {
    expectPeriods(
      periodProbes([
        [
          'Five people were killed and 19 hurt in the strike on Odesa on Thursday night, the mayor says. The navy said Russia fired six missiles and 44 drones at the port; three of the missiles were intercepted.',
          '44 drones',
          span('2025-06-12', '2025-06-12'),
        ],
        [
          'Five people were killed and 19 hurt in the strike on Odesa on Thursday night, the mayor says. The navy said Russia fired six missiles and 44 drones at the port; three of the missiles were intercepted.',
          'six missiles',
          span('2025-06-12', '2025-06-12'),
        ],
        [
          'Five people were killed and 19 hurt in the strike on Odesa on Thursday night, the mayor says. The navy said Russia fired six missiles and 44 drones at the port; three of the missiles were intercepted.',
          'three of the missiles',
          span('2025-06-12', '2025-06-12'),
        ],
        [
          'A missile that hit a school in Sumy on June 3 killed 11 people. Moscow launched 20 drones at the region the same night, officials said.',
          '20 drones',
          span('2025-06-03', '2025-06-03'),
        ],
      ]),
    );
  });

  it('leaves a toll after a salvo, a span and a date of its own', () => {
    expectPeriods(
      periodProbes([
        [
          'North Korean units lost about 1,100 men in January, the agency said. Russia fired 90 missiles at Ukrainian cities, officials said.',
          '90 missiles',
          null,
        ],
        [
          'Four people died when a missile hit Poltava on Monday, the governor said. Moscow has fired more than 9,000 missiles since the invasion began.',
          'more than 9,000 missiles',
          span('2022-02', null),
        ],
      ]),
    );
  });
});
