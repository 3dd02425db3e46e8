import { describe, expect, it } from 'vitest';
import { eventsIn } from './test-helpers.ts';

describe('events', () => {
  it('dates a statement: "a lawmaker told reporters on Thursday"', () => {
    const [event] = eventsIn('A South Korean lawmaker told reporters on Thursday.', '2024-12-19');
    expect([event?.date, event?.type]).toEqual(['2024-12-19', 'statement']);
  });

  it('dates a meeting and names its place', () => {
    const [event] = eventsIn('Mr. Kim met Andrei Belousov in Pyongyang on Nov. 29.');
    expect([event?.date, event?.type, event?.place]).toEqual([
      '2024-11-29',
      'meeting',
      'Pyongyang',
    ]);
  });

  it('dates an agreement', () => {
    const [event] = eventsIn('In June, Mr. Kim and Mr. Putin signed a treaty of mutual defense.');
    expect([event?.date, event?.type]).toEqual(['2024-06', 'agreement']);
  });

  it('names the doers before the verb and the place after "in the"', () => {
    const [event] = eventsIn(
      'In September, Mr. Putin hosted Mr. Kim at a summit in the Russian Far East.',
    );
    expect(event?.actors).toEqual(expect.arrayContaining(['Putin', 'Kim']));
    expect(event?.place).toBe('Russian Far East');
  });

  it('dates a publication', () => {
    const [event] = eventsIn('An analysis published last month found more tankers.');
    expect([event?.date, event?.type]).toEqual(['2024-11', 'publication']);
  });

  it('dates a deployment', () => {
    const [event] = eventsIn('North Korean soldiers were sent into combat this month.');
    expect([event?.date, event?.type]).toEqual(['2024-12', 'deployment']);
  });

  it('dates a shipment across "it became known that"', () => {
    const [event] = eventsIn(
      'Earlier this year, it became known that Russia received missiles from the North.',
    );
    expect([event?.date, event?.type]).toEqual(['2024', 'shipment']);
  });

  it('pairs a date with the verb of its own clause, not the verb that reports it', () => {
    const [event] = eventsIn(
      'The State Department announced that since September 2023, North Korea had supplied Russia.',
    );
    expect([event?.date, event?.type]).toEqual(['2023-09', 'shipment']);
  });

  it('gives each date one event and each verb one date', () => {
    const events = eventsIn(
      'At least 100 soldiers were killed since the start of December, a lawmaker told reporters on Thursday.',
      '2024-12-19',
    );
    expect(events.map((e) => e.date)).toEqual(['2024-12-19']);
  });

  it('does not make an event of a date with no happening', () => {
    expect(eventsIn('Exports amounted to $330 million last year.')).toEqual([]);
  });

  it('does not make a publication of "according to a report"', () => {
    expect(eventsIn('Since March, according to a report, oil deliveries grew.')).toEqual([]);
  });

  it('spans the text between the date and the verb', () => {
    const text = 'On Monday, the Pentagon spokesman said troops had moved.';
    const [event] = eventsIn(text, '2024-12-03');
    expect(event && text.slice(event.span[0], event.span[1])).toBe(
      'On Monday, the Pentagon spokesman said',
    );
  });
});
