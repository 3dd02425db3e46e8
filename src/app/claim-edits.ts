import { EDITABLE_FIELDS, type ClaimChanges, type EditableField } from '../ledger/index.ts';
import { fail, ok, type Issue, type Result } from '../domain/index.ts';

const NULL_WORDS = new Set(['', '-', 'null', 'none']);

const isEditable = (field: string): field is EditableField =>
  (EDITABLE_FIELDS as readonly string[]).includes(field);

/** "12,000" and "1.5e9" as numbers; words for "no value" as null. */
function readNumber(text: string): number | null | undefined {
  if (NULL_WORDS.has(text.toLowerCase())) return null;
  const cleaned = text.replaceAll(',', '').replaceAll('_', '');
  const number = Number(cleaned);
  return cleaned !== '' && Number.isFinite(number) ? number : undefined;
}

const PERIOD_UNITS = new Set(['year', 'month', 'day']);

/** "2024-01..2024-09", "2023..", "..2024-12/year", "/year" (a rate with no dates). */
function readPeriod(text: string): unknown {
  if (NULL_WORDS.has(text.toLowerCase())) return null;
  const slash = text.lastIndexOf('/');
  const per = slash >= 0 ? text.slice(slash + 1).trim() : '';
  const dates = slash >= 0 ? text.slice(0, slash).trim() : text.trim();
  if (slash >= 0 && !PERIOD_UNITS.has(per)) return undefined;
  const [start = '', end = '', ...rest] = dates === '' ? ['', ''] : dates.split('..');
  if (rest.length > 0 || (dates !== '' && !dates.includes('..'))) return undefined;
  return { start: start.trim() || null, end: end.trim() || null, per: per || null };
}

/** "Olena Guseinova (Hankuk University)", "South Korean officials", "(Reuters)". */
function readAttribution(text: string): unknown {
  if (NULL_WORDS.has(text.toLowerCase())) return null;
  const trimmed = text.trim();
  const open = trimmed.lastIndexOf('(');
  if (trimmed.endsWith(')') && open >= 0) {
    const name = trimmed.slice(0, open).trim();
    return { name: name || null, affiliation: trimmed.slice(open + 1, -1).trim() || null };
  }
  return { name: trimmed, affiliation: null };
}

const READERS: { readonly [F in EditableField]: (text: string) => unknown } = {
  value: readNumber,
  low: readNumber,
  high: readNumber,
  qualifier: (text) => text.trim(),
  unit: (text) => text.trim(),
  category: (text) => text.trim(),
  from: (text) => (NULL_WORDS.has(text.toLowerCase()) ? null : text.trim().toUpperCase()),
  to: (text) => (NULL_WORDS.has(text.toLowerCase()) ? null : text.trim().toUpperCase()),
  period: readPeriod,
  stage: (text) => (NULL_WORDS.has(text.toLowerCase()) ? null : text.trim()),
  attribution: readAttribution,
};

const FORMS: Partial<Record<EditableField, string>> = {
  value: 'a number such as 12000 or 1.5e9, or "null"',
  low: 'a number or "null"',
  high: 'a number or "null"',
  period: 'START..END with an optional /year, /month or /day (e.g. 2024-01..2024-09), or "null"',
};

/**
 * Reads field edits as people type them (`value=12,000`, `from=prk`, `period=2024..2024`,
 * `attribution=Olena Guseinova (Hankuk University)`); a value starting with `{` is read as JSON.
 * The result is only shaped here: `applyReview` validates it against claims/1.
 *
 * @example parseFieldEdits([['value', '12000'], ['qualifier', 'approx']])
 */
export function parseFieldEdits(
  assignments: readonly (readonly [string, string])[],
): Result<ClaimChanges> {
  const issues: Issue[] = [];
  const changes: Record<string, unknown> = {};
  for (const [rawField, text] of assignments) {
    const field = rawField.trim();
    if (!isEditable(field)) {
      issues.push({
        path: `/${field}`,
        message: `"${field}" is not an editable field (editable: ${EDITABLE_FIELDS.join(', ')})`,
      });
      continue;
    }
    let value: unknown;
    if (text.trim().startsWith('{')) {
      try {
        value = JSON.parse(text) as unknown;
      } catch {
        value = undefined;
      }
    } else {
      value = READERS[field](text);
    }
    if (value === undefined) {
      issues.push({
        path: `/${field}`,
        message: `"${text}" is not a ${field}${FORMS[field] ? `: expected ${FORMS[field]}` : ''}`,
      });
      continue;
    }
    changes[field] = value;
  }
  if (issues.length > 0) return fail(issues);
  if (Object.keys(changes).length === 0)
    return fail([{ path: '/', message: 'name at least one field to change' }]);
  return ok(changes as ClaimChanges);
}

/** Reads one `field=value` line, as the review queue's edit prompt takes it. */
export function parseAssignment(line: string): Result<ClaimChanges> {
  const equals = line.indexOf('=');
  if (equals <= 0)
    return fail([{ path: '/', message: `"${line}" is not field=value (e.g. value=12000)` }]);
  return parseFieldEdits([[line.slice(0, equals), line.slice(equals + 1)]]);
}
