/** The claims/1 vocabularies the filters and the edit form offer (docs/api.md, claims-format.md). */
export const STATUSES = ['proposed', 'accepted', 'edited', 'rejected'] as const;
export const CATEGORIES = [
  'personnel',
  'munitions',
  'missiles',
  'weapons',
  'oil',
  'food',
  'money',
  'technology',
  'trade',
  'casualties',
  'force_size',
  'other',
] as const;
export const QUALIFIERS = [
  'exact',
  'approx',
  'up_to',
  'at_least',
  'more_than',
  'less_than',
  'range',
  'vague',
] as const;
export const COUNTRIES = ['PRK', 'RUS', 'CHN', 'KOR', 'UKR', 'USA'] as const;
export const EVENT_TYPES = [
  'meeting',
  'visit',
  'agreement',
  'statement',
  'publication',
  'talks',
  'deployment',
  'shipment',
  'attack',
  'other',
] as const;

/** Options for a select, with "any" first. */
export const anyOf = (values: readonly string[]): [string, string][] => [
  ['', 'any'],
  ...values.map((value): [string, string] => [value, value.replaceAll('_', ' ')]),
];
