import { describe, expect, it } from 'vitest';
import { claimsIn, eventsIn } from './test-helpers.ts';

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

  it("lists a sentence's events in the order they stand, though the later one pairs more surely", () => {
    const events = eventsIn(
      'On Monday the envoy arrived in Moscow, and he signed the accord on Tuesday.',
      '2024-12-19',
    );
    expect(events.map((e) => [e.type, e.date])).toEqual([
      ['deployment', '2024-12-16'],
      ['agreement', '2024-12-17'],
    ]);
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

  it('dates a happening over a stated period by its start', () => {
    const [event] = eventsIn(
      'Moscow shipped barley and fertiliser to Pyongyang between March and May 2024.',
    );
    expect([event?.date, event?.type]).toEqual(['2024-03', 'shipment']);
  });

  it('does not date a statement by a month or year stated before "said"', () => {
    expect(eventsIn('Revenue doubled in 2022, the trade agency said.')).toEqual([]);
    const [event] = eventsIn('The trade agency said in March that revenue had doubled.');
    expect([event?.date, event?.type]).toEqual(['2024-03', 'statement']);
  });

  it('does not date an act by a cut-off ("by the end of") or a base of comparison', () => {
    expect(eventsIn('Moscow had fired 50 of the missiles by the end of May.')).toEqual([]);
    const [event] = eventsIn(
      'In March, more workers entered Russia than in the same month a year before.',
    );
    expect(event?.date).toBe('2024-03');
  });

  it('prefers the date after a verb to one that closes an earlier clause', () => {
    const events = eventsIn(
      'The brigade landed in Vladivostok in August and moved to the border in September.',
    );
    expect(events.map((e) => e.date)).toContain('2024-09');
    expect(events.find((e) => e.text.includes('moved to'))?.date).toBe('2024-09');
  });

  it('reads "an estimated" as a modifier, not a dated estimate', () => {
    expect(eventsIn('The cargo was worth an estimated $40 million in 2023.')).toEqual([]);
  });

  it('dates a publication that a source is credited with: "according to data released in March"', () => {
    const [event] = eventsIn(
      'Exports rose, according to data released in March by the customs office.',
    );
    expect([event?.date, event?.type]).toEqual(['2024-03', 'publication']);
  });

  it('reads inspections, adoptions and border closures as dated events', () => {
    expect(eventsIn('The leader inspected a drone factory on Oct. 3.')[0]?.type).toBe('visit');
    expect(eventsIn('The council adopted the sanctions in March 2016.')[0]?.type).toBe('agreement');
    expect(eventsIn('Pyongyang sealed its border in February 2020.')[0]?.date).toBe('2020-02');
  });

  it('types "sent" by what is sent: goods are shipped, people deployed', () => {
    expect(eventsIn('Pyongyang sent artillery shells to Russia in March.')[0]?.type).toBe(
      'shipment',
    );
    expect(eventsIn('Pyongyang sent combat troops to Russia in March.')[0]?.type).toBe(
      'deployment',
    );
  });

  it('types "launched" as an attack only when it launches weapons', () => {
    expect(eventsIn('Russia launched attack drones at Odesa on Oct. 2.')[0]?.type).toBe('attack');
    expect(eventsIn('The two sides launched a joint trade fair in April.')[0]?.type).toBe('other');
  });

  it('gives a clause that states a figure both its claim and an event: "sent 3,000 troops in March"', () => {
    const [sent] = eventsIn('Pyongyang sent 3,000 troops to Russia in March.');
    expect([sent?.date, sent?.type]).toEqual(['2024-03', 'deployment']);
    expect(claimsIn('Pyongyang sent 3,000 troops to Russia in March.')).toHaveLength(1);
    const [shipped] = eventsIn(
      'Since March, Moscow has shipped more than 1 million barrels of fuel.',
    );
    expect([shipped?.date, shipped?.type]).toEqual(['2024-03', 'shipment']);
  });

  it('still dates an act whose figure stands in another clause', () => {
    const [event] = eventsIn(
      'Some 2,000 workers are there now, and the minister visited them in May.',
    );
    expect([event?.date, event?.type]).toEqual(['2024-05', 'visit']);
    const [since] = eventsIn('Since March, the North has supplied Russia with 900 containers.');
    expect([since?.date, since?.type]).toEqual(['2024-03', 'shipment']);
  });

  it('dates a statement whose date opens the sentence before its speaker: "In May, the ministry said"', () => {
    const [event] = eventsIn('In May, the defence ministry in Seoul said the rotation was over.');
    expect([event?.date, event?.type]).toEqual(['2024-05', 'statement']);
    expect(eventsIn('Exports fell in May, the defence ministry in Seoul said.')).toEqual([]);
  });

  it('reads beginnings, ceremonies, attendance, flights, invasions and admissions as dated events', () => {
    const dateOf = (text: string) => eventsIn(text).map((e) => [e.date, e.type]);
    expect(dateOf('Work on a second rail bridge began in April.')).toEqual([['2024-04', 'other']]);
    expect(dateOf('The leader attended a military parade in Minsk in September.')).toEqual([
      ['2024-09', 'visit'],
    ]);
    expect(dateOf('The general flew to Pyongyang last month.')).toEqual([['2024-11', 'visit']]);
    expect(dateOf('The army invaded its neighbour in 2022.')).toEqual([['2022', 'attack']]);
    expect(dateOf('The ministry admitted the losses in March.')).toEqual([
      ['2024-03', 'statement'],
    ]);
    expect(dateOf('The state broadcaster acknowledged the deployment in late April.')).toEqual([
      ['2024-04', 'statement'],
    ]);
    expect(dateOf('A memorial ceremony for the fallen was held on Aug. 9.')).toEqual([
      ['2024-08-09', 'other'],
    ]);
  });

  it('does not date what did not happen: "has not published figures since 2021"', () => {
    expect(eventsIn('The customs office has not published figures since 2021.')).toEqual([]);
    expect(eventsIn('Such figures have not been released since 2021.')).toEqual([]);
    expect(eventsIn('Beijing not only shipped grain in May but also paid for it.')).toHaveLength(1);
  });

  it('reads a span before a report noun as the time it covers: "between May and July, the study counts"', () => {
    expect(
      eventsIn('Between May and July, the study counts 40 port calls by the tankers.'),
    ).toEqual([]);
    const [event] = eventsIn('The study published in August counts the port calls.');
    expect([event?.date, event?.type]).toEqual(['2024-08', 'publication']);
  });

  it('reads "last May" as a month, as "last October" is, but not "may last"', () => {
    const [event] = eventsIn('The monitoring team published its first findings last May.');
    expect([event?.date, event?.type]).toEqual(['2024-05', 'publication']);
    expect(eventsIn('Officials fear the talks may last. May brings new sanctions.')).toEqual([]);
  });

  it('dates the founding of a body: "created in 2023", "set up last spring"', () => {
    expect(eventsIn('The panel was created in 2023 to watch the sanctions.')[0]?.date).toBe('2023');
    expect(eventsIn('A monitoring team was set up in March by eleven states.')[0]?.date).toBe(
      '2024-03',
    );
  });

  it('dates work completed and services restarted', () => {
    expect(eventsIn('The railway completed repairs to the bridge in June.')[0]?.date).toBe(
      '2024-06',
    );
    expect(eventsIn('Flights between the two capitals restarted in July.')[0]?.date).toBe(
      '2024-07',
    );
  });

  it('does not date a report of nothing: "has reported no deliveries since 2023"', () => {
    expect(eventsIn('Moscow has reported no deliveries since January 2023.')).toEqual([]);
    expect(eventsIn('Moscow has reported none since January 2023.')).toEqual([]);
  });

  it('dates a statement a few words after its verb: "said in an interview in March"', () => {
    const [event] = eventsIn(
      'The defence minister said in an interview in March that stocks were low.',
    );
    expect([event?.date, event?.type]).toEqual(['2024-03', 'statement']);
    const [told] = eventsIn(
      'The spy agency reported to lawmakers in Seoul in April that losses rose.',
    );
    expect([told?.date, told?.type]).toEqual(['2024-04', 'statement']);
  });

  it('dates strikes told with other verbs: "pounded", "bombarded", "slammed into"', () => {
    expect(eventsIn('Russian forces pounded the port with drones early Friday.')[0]?.type).toBe(
      'attack',
    );
    expect(eventsIn('A missile slammed into a school in Odesa on 3 May.')[0]?.date).toBe(
      '2024-05-03',
    );
    expect(eventsIn('Artillery bombarded the town in October.')[0]?.date).toBe('2024-10');
  });

  it('reads "last December" in a December article as a year back, "last October" as this year', () => {
    expect(eventsIn('The two sides signed a pact last December.')[0]?.date).toBe('2023-12');
    expect(eventsIn('The two sides signed a pact last October.')[0]?.date).toBe('2024-10');
  });
});
