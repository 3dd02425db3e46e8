import { describe, expect, it } from 'vitest';
import { claimsIn } from './test-helpers.ts';

const texts = (text: string) => claimsIn(text, '2025-06-10').map((c) => c.text);

describe('people a report consulted', () => {
  it('reads no claim in the people a report cites', () => {
    expect(
      texts('At least 600 bodies reached the morgue by April, the outlet said, citing two nurses.'),
    ).toEqual(['At least 600 bodies']);
  });

  it('reads no claim in the people a reporter interviewed or spoke to', () => {
    expect(texts('The paper interviewed 31 people for this story.')).toEqual([]);
    expect(texts('Our correspondents spoke to 12 workers back from Siberia.')).toEqual([]);
    expect(texts('The study rests on interviews with 40 defectors.')).toEqual([]);
  });

  it('reads no claim in the informants a consulted count lists after "including"', () => {
    expect(
      texts('The agency interviewed 18 people, including three Ukrainian officers, in May.'),
    ).toEqual([]);
  });

  it('still reads people a verb of sending takes after "according to" a document', () => {
    expect(texts('According to the report, the North sent 3,000 workers to Russia.')).toEqual([
      '3,000 workers',
    ]);
  });

  it('still reads a count of people sent that is no informant', () => {
    expect(texts('The regime sent 2,000 workers to Vladivostok, citing labour shortages.')).toEqual(
      ['2,000 workers'],
    );
  });
});

describe('pictures a study counted', () => {
  it('reads no claim in the satellite images or photographs a study reviewed', () => {
    expect(texts('The institute reviewed 340 satellite images of the port since 2023.')).toEqual(
      [],
    );
    expect(texts('Analysts went through some 500 photographs of the yard.')).toEqual([]);
  });

  it('still reads what a picture shows', () => {
    expect(texts('A photograph released in May shows at least 30 drones on a runway.')).toEqual([
      'at least 30 drones',
    ]);
  });
});

describe('losses a report cites', () => {
  it('still reads the dead a statement cites', () => {
    expect(texts('Kyiv, citing 300 deaths in Kursk, called for more aid.')).toEqual(['300 deaths']);
  });
});
