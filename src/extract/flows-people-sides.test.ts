import { describe, expect, it } from 'vitest';
import { claimIn } from './test-helpers.ts';

const read = (text: string) => {
  const c = claimIn(text);
  return `${c.category} ${c.from ?? '-'}>${c.to ?? '-'}`;
};

describe('which sides people and things cross between', () => {
  it('keeps a standing force whose later clause names a place abroad a force', () => {
    expect(
      read(
        'The North fields about 1.1 million active-duty soldiers, but the brigades in Russia are better armed.',
      ),
    ).toBe('force_size PRK>-');
  });

  it('still reads a standing force placed abroad in its own clause as a deployment', () => {
    expect(read('About 12,000 active-duty North Korean soldiers are stationed in Russia.')).toBe(
      'personnel PRK>RUS',
    );
  });

  it('sends troops of the usual sender to the usual receiver, not to its adversary', () => {
    expect(
      read(
        'More than 5,000 North Korean soldiers had been brought to districts close to the Ukrainian border.',
      ),
    ).toBe('personnel PRK>RUS');
  });

  it('reads people the receiving side sends of its own as going the other way', () => {
    expect(read('Moscow has dispatched about 300 engineers to North Korea.')).toBe(
      'personnel RUS>PRK',
    );
  });

  it('still turns back people of the usual sender read against the exchange', () => {
    expect(read('About 2,500 gunners have been trained in Russia.')).toBe('personnel PRK>RUS');
  });

  it('sends a thing of no kind of the exchange where its verb of sending names', () => {
    expect(read('In spring Moscow shipped 120 horses to Pyongyang.')).toBe('other RUS>PRK');
  });
});
