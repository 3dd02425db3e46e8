import { describe, expect, it } from 'vitest';
import { createRandom, createStream, hashString } from './random.ts';

const take = (random: () => number, count: number) => Array.from({ length: count }, random);

describe('createRandom', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(createRandom(7), 5)).toEqual(take(createRandom(7), 5));
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(take(createRandom(1), 5)).not.toEqual(take(createRandom(2), 5));
  });

  it('stays in [0, 1) with the mean and variance of a uniform', () => {
    const draws = take(createRandom(123), 100_000);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    // Standard error of the mean is sqrt(1/12/n) ≈ 0.0009; four of them is a safe band.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.004);
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.002);
  });
});

describe('createStream', () => {
  it('derives distinct, reproducible streams from one seed by name', () => {
    const a = take(createStream({ seed: 1, name: 'troops' }), 3);
    expect(take(createStream({ seed: 1, name: 'troops' }), 3)).toEqual(a);
    expect(take(createStream({ seed: 1, name: 'casualties' }), 3)).not.toEqual(a);
    expect(take(createStream({ seed: 2, name: 'troops' }), 3)).not.toEqual(a);
  });

  it('hashes names with FNV-1a', () => {
    // Published FNV-1a 32-bit test vectors.
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
});
