import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

const read = (text: string) => {
  const c = claimIn(text);
  return `${c.category} ${c.from ?? '-'}>${c.to ?? '-'}`;
};

describe("a share of one country's munitions that another supplies", () => {
  it('reads a share of a need for ammunition as the ammunition', () => {
    expect(
      claimIn("Pyongyang meets about a third of the Kremlin's need for shells.").category,
    ).toBe('munitions');
  });

  it('reads a share of a stockpile of shells as the shells', () => {
    expect(
      claimIn('The trains have drained some 30 per cent of the old stockpile of artillery shells.')
        .category,
    ).toBe('munitions');
  });

  it('credits the country that covers the share with the supply, to the country in need', () => {
    expect(read("North Korea now covers roughly 60% of Russia's demand for ammunition.")).toBe(
      'munitions PRK>RUS',
    );
  });

  it('reads the maker named as the predicate of the whole as the supplier', () => {
    expect(read('Officers say nearly half of the rounds Moscow fires are North Korean.')).toBe(
      'munitions PRK>RUS',
    );
  });

  it('keeps a share that a country supplied of rounds another fired a supply', () => {
    expect(read('Pyongyang shipped about a third of the shells that Russia fired last year.')).toBe(
      'munitions PRK>RUS',
    );
  });

  it('reads the country the whole was made in as the supplier', () => {
    expect(
      read('Analysts think about a third of the rounds Moscow fires were made in North Korea.'),
    ).toBe('munitions PRK>RUS');
  });

  it('reads the country the whole was produced in as the supplier, named as "the North"', () => {
    expect(
      read('Perhaps half of the ammunition used by Russian gunners was produced in the North.'),
    ).toBe('munitions PRK>RUS');
  });

  it("reads a share of rounds made in the user's own country as no supply from the North", () => {
    expect(read('Roughly half of the shells Moscow fires were manufactured in Russia.')).not.toBe(
      'munitions PRK>RUS',
    );
  });

  it('keeps a share of rounds fired at a named target, made in the North, as the fire', () => {
    expect(
      read(
        'Perhaps half of the rounds Russian gunners fire at Ukrainian lines were made in North Korea.',
      ),
    ).toBe('munitions RUS>UKR');
  });

  it('reads a ratio whose whole a country fires, said to be of a maker, as the supply', () => {
    expect(read('Officers think one in four rounds Moscow fires is North Korean.')).toBe(
      'munitions PRK>RUS',
    );
  });

  it('does not read a ratio of rounds "failing to fire" as rounds fired', () => {
    expect(
      read('Gunners complain of as many as one in five North Korean rounds failing to fire.'),
    ).not.toBe('munitions RUS>UKR');
  });

  it('still reads a share of rounds fired with no maker named as their use', () => {
    expect(read('About half of the shells that Russia fired hit empty fields.')).toBe(
      'munitions RUS>UKR',
    );
  });
});
