import { Type } from '@sinclair/typebox';
import {
  FLOW_CLAIMS_DEFAULT,
  FLOW_CLAIMS_MAX,
  flowClaimPage,
  readScenario,
  workspaceAssumptions,
  workspaceFlowsJson,
  workspaceIndicatorsJson,
} from '../../app/index.ts';
import type { Scenario } from '../../ledger/index.ts';
import type { ServerContext } from '../context.ts';
import {
  AppliedAssumptionSchema,
  ErrorBody,
  FlowClaimSchema,
  FlowSchema,
  IndicatorResultSchema,
  ScenarioSchema,
  writable,
} from '../schemas.ts';

const closed = { additionalProperties: false } as const;
const errors = { 400: ErrorBody, 404: ErrorBody, 500: ErrorBody, 503: ErrorBody };
const Rule = Type.Union([Type.Literal('conservative'), Type.Literal('pooled')]);
const IndicatorId = Type.String({ pattern: '^[a-z][a-z0-9_]{0,63}$' });
/** Fewer draws than the CLI's default by choice of the caller, never more: a request stays fast. */
const Draws = Type.Integer({ minimum: 1000, maximum: 100_000 });
const Seed = Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1 });
/** How many claims a flow lists (and claim ids an origin does); the rest are paged. */
const ClaimLimit = Type.Integer({
  minimum: 0,
  maximum: FLOW_CLAIMS_MAX,
  default: FLOW_CLAIMS_DEFAULT,
});
const Results = Type.Object({ items: Type.Array(IndicatorResultSchema) }, closed);
const JSON_TYPE = 'application/json; charset=utf-8';
/**
 * A body serialized once per workspace revision by the app: Fastify sends a string with a JSON
 * type as it is, past the response schema's serializer (which the route schema still documents).
 */
const serialized = <T>(json: string): T => json as unknown as T;

/**
 * A scenario from a request, checked as a scenario file is (the schema lets any name through;
 * `readScenario` refuses names the assumptions do not define).
 */
const scenarioOf = (scenario: Scenario | undefined): Scenario | undefined =>
  scenario === undefined ? undefined : readScenario(JSON.stringify(scenario), 'scenario');

/** Flows, indicators (with what-if scenarios) and assumptions: computed, never stored. */
export function registerLedgerRoutes({ app, store }: ServerContext): void {
  app.get(
    '/api/v1/flows',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Estimated flows between countries from reviewed claims, by reconciliation rule',
        description:
          'Each flow carries its claim count and its first `claims` claims, most recently published first (then by claim id); `claimsTruncated` says there are more, paged from /api/v1/flows/{key}/claims. Each origin likewise carries its counts and its first claim and document ids.',
        querystring: Type.Object(
          { rule: Type.Optional(Rule), claims: Type.Optional(ClaimLimit) },
          closed,
        ),
        response: {
          200: Type.Object({ rule: Rule, items: Type.Array(FlowSchema) }, closed),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { rule = 'conservative', claims: limit = FLOW_CLAIMS_DEFAULT } = request.query;
      return reply
        .type(JSON_TYPE)
        .send(serialized(await workspaceFlowsJson({ store, rule, limit })));
    },
  );

  app.get(
    '/api/v1/flows/:key/claims',
    {
      schema: {
        tags: ['ledger'],
        summary: "A page of one flow's claims, most recently published first",
        description:
          "The key is a flow's `key` from /api/v1/flows, URL-encoded. `next` is the cursor of the following page (pass it as `after`); it is a place in the order, so paging on after a change neither repeats nor skips a claim.",
        params: Type.Object({ key: Type.String({ minLength: 1, maxLength: 500 }) }, closed),
        querystring: Type.Object(
          {
            rule: Type.Optional(Rule),
            limit: Type.Optional(
              Type.Integer({ minimum: 1, maximum: FLOW_CLAIMS_MAX, default: 100 }),
            ),
            after: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
          },
          closed,
        ),
        response: {
          200: Type.Object(
            {
              key: Type.String(),
              total: Type.Integer(),
              items: Type.Array(FlowClaimSchema),
              next: Type.Optional(Type.String()),
            },
            closed,
          ),
          ...errors,
        },
      },
    },
    async (request) => {
      const { rule, limit, after } = request.query;
      const page = await flowClaimPage({
        store,
        key: request.params.key,
        ...(rule === undefined ? {} : { rule }),
        ...(limit === undefined ? {} : { limit }),
        ...(after === undefined ? {} : { after }),
      });
      return writable(page);
    },
  );

  app.get(
    '/api/v1/indicators',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Every indicator with its distribution, inputs and assumptions',
        querystring: Type.Object(
          { draws: Type.Optional(Draws), seed: Type.Optional(Seed) },
          closed,
        ),
        response: { 200: Results, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .type(JSON_TYPE)
        .send(serialized(await workspaceIndicatorsJson({ store, ...request.query }))),
  );

  app.post(
    '/api/v1/indicators/evaluate',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Indicators under a what-if scenario (assumption overrides); stores nothing',
        body: Type.Object(
          {
            scenario: Type.Optional(ScenarioSchema),
            only: Type.Optional(Type.Array(IndicatorId, { maxItems: 50 })),
            draws: Type.Optional(Draws),
            seed: Type.Optional(Seed),
          },
          closed,
        ),
        response: { 200: Results, ...errors },
      },
    },
    async (request, reply) => {
      const { scenario, ...rest } = request.body;
      const parsed = scenarioOf(scenario);
      const body = await workspaceIndicatorsJson({
        store,
        ...rest,
        ...(parsed === undefined ? {} : { scenario: parsed }),
      });
      return reply.type(JSON_TYPE).send(serialized(body));
    },
  );

  app.get(
    '/api/v1/assumptions',
    {
      schema: {
        tags: ['ledger'],
        summary: 'The assumptions indicators use, with their sources',
        response: {
          200: Type.Object({ items: Type.Array(AppliedAssumptionSchema) }, closed),
          ...errors,
        },
      },
    },
    async () => ({ items: writable(workspaceAssumptions()) }),
  );
}
