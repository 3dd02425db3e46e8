import { Type, type Static } from '@sinclair/typebox';
import { createParser, fail, ok, type Issue, type Result } from '../domain/index.ts';
import { checkDistribution, DistributionSpec } from './distribution.ts';
import bundledAssumptions from '../../data/ledger/assumptions.json' with { type: 'json' };

/** A name formulas can use: lower-case words joined by underscores. */
export const Identifier = Type.String({ pattern: '^[a-z][a-z0-9_]{0,63}$' });

export const ReconciliationRuleName = Type.Union([
  Type.Literal('conservative'),
  Type.Literal('pooled'),
]);

/** A named, sourced parameter that no claim states (shells per container, a stockpile). */
export const Assumption = Type.Object(
  {
    id: Identifier,
    title: Type.String({ minLength: 1 }),
    unit: Type.String({ minLength: 1 }),
    distribution: DistributionSpec,
    source: Type.Object(
      {
        citation: Type.String({ minLength: 1 }),
        url: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      },
      { additionalProperties: false },
    ),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false, $id: 'Assumption' },
);
export type Assumption = Static<typeof Assumption>;

export const AssumptionsFile = Type.Object(
  {
    format: Type.Literal('assumptions/1'),
    assumptions: Type.Array(Assumption),
  },
  { additionalProperties: false, $id: 'AssumptionsFile' },
);

/**
 * A what-if: replacement distributions for some assumptions, and optionally another default
 * reconciliation rule. Everything it does not name keeps its bundled value.
 */
export const Scenario = Type.Object(
  {
    format: Type.Optional(Type.Literal('scenario/1')),
    name: Type.Optional(Type.String()),
    assumptions: Type.Optional(Type.Record(Type.String(), DistributionSpec)),
    reconciliation: Type.Optional(ReconciliationRuleName),
  },
  { additionalProperties: false, $id: 'Scenario' },
);
export type Scenario = Static<typeof Scenario>;

/** An assumption as a run used it: with where its distribution came from. */
export interface AppliedAssumption extends Assumption {
  readonly overriddenBy: string | null;
}

const parseFile = createParser(AssumptionsFile);
const parseScenarioShape = createParser(Scenario);

/** Reads an assumptions file: schema, unique ids and ordered bounds. */
export function parseAssumptions(value: unknown): Result<Assumption[]> {
  const parsed = parseFile(value);
  if (!parsed.ok) return parsed;
  const issues: Issue[] = [];
  const seen = new Set<string>();
  parsed.value.assumptions.forEach((assumption, index) => {
    if (seen.has(assumption.id)) {
      issues.push({
        path: `/assumptions/${index}/id`,
        message: `"${assumption.id}" is defined twice`,
      });
    }
    seen.add(assumption.id);
    issues.push(
      ...checkDistribution(assumption.distribution, `/assumptions/${index}/distribution`),
    );
  });
  return issues.length ? fail(issues) : ok(parsed.value.assumptions);
}

/** Reads a scenario file; unknown assumption names are reported, not ignored. */
export function parseScenario(
  value: unknown,
  assumptions: readonly Assumption[] = DEFAULT_ASSUMPTIONS,
): Result<Scenario> {
  const parsed = parseScenarioShape(value);
  if (!parsed.ok) return parsed;
  const known = new Set(assumptions.map((a) => a.id));
  const issues = Object.entries(parsed.value.assumptions ?? {}).flatMap(([id, spec]) =>
    known.has(id)
      ? checkDistribution(spec, `/assumptions/${id}`)
      : [
          {
            path: `/assumptions/${id}`,
            message: `is not an assumption (known: ${[...known].join(', ')})`,
          },
        ],
  );
  return issues.length ? fail(issues) : ok(parsed.value);
}

/** The assumptions with a scenario's overrides in place; the scenario must be parsed first. */
export function applyScenario(
  assumptions: readonly Assumption[],
  scenario?: Scenario,
): AppliedAssumption[] {
  const overrides = scenario?.assumptions ?? {};
  return assumptions.map((assumption) => {
    const override = Object.hasOwn(overrides, assumption.id) ? overrides[assumption.id] : undefined;
    return override
      ? { ...assumption, distribution: override, overriddenBy: scenario?.name ?? 'scenario' }
      : { ...assumption, overriddenBy: null };
  });
}

/** The assumptions shipped in data/ledger/assumptions.json. */
export const DEFAULT_ASSUMPTIONS: readonly Assumption[] = (() => {
  const parsed = parseAssumptions(bundledAssumptions);
  if (!parsed.ok) {
    const [issue] = parsed.issues;
    throw new Error(`data/ledger/assumptions.json: ${issue?.path} ${issue?.message}`);
  }
  return parsed.value;
})();
