import { Type } from '@sinclair/typebox';
import { reviewClaim, type ReviewClaimOptions, type ReviewCommand } from '../../app/index.ts';
import { ClaimChanges } from '../../ledger/index.ts';
import { actorOf } from '../auth.ts';
import type { ServerContext } from '../context.ts';
import { createKeyedSerializer, createWriteBatcher } from '../write-batcher.ts';
import type { Store } from '../../store/index.ts';
import { AuditEntrySchema, ClaimIdParam, ClaimSchema, ErrorBody, routeSchema } from '../schemas.ts';

const closed = { additionalProperties: false } as const;
const Reason = Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()]));
const Outcome = Type.Object({ claim: ClaimSchema, audit: AuditEntrySchema }, closed);
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  500: ErrorBody,
  503: ErrorBody,
};

/** Only the editable fields, closed: `status`, `reviewer`, the quote and ids are not for editing. */
const Changes = Type.Unsafe<ClaimChanges>({
  ...routeSchema(ClaimChanges),
  additionalProperties: false,
  minProperties: 1,
});

/**
 * Accept, reject, edit and undo: each needs an analyst token, whose name the audit log records.
 * Reviews of different claims made at the same time share one commit; reviews of one claim run
 * in turn, each reading what the one before it wrote.
 */
export function registerReviewRoutes({ app, store }: ServerContext): void {
  const batcher = createWriteBatcher({ store });
  const batched: Store = {
    ...store,
    updateClaim: (claim, audit) => batcher.write({ claim, audit }),
  };
  const inTurn = createKeyedSerializer();
  app.addHook('onClose', async () => batcher.close());
  const review = (options: Omit<ReviewClaimOptions, 'store'>) =>
    inTurn(options.claimId, () => reviewClaim({ ...options, store: batched }));
  for (const kind of ['accept', 'reject', 'undo'] as const) {
    app.post(
      `/api/v1/claims/:id/${kind}`,
      {
        config: { access: 'analyst' },
        schema: {
          tags: ['review'],
          summary: `${kind[0]?.toUpperCase()}${kind.slice(1)} a claim`,
          security: [{ bearer: [] }],
          params: ClaimIdParam,
          body: Type.Optional(Type.Object({ reason: Reason }, closed)),
          response: { 200: Outcome, ...errors },
        },
      },
      async (request) =>
        review({
          claimId: request.params.id,
          action: { kind },
          reviewer: actorOf(request),
          reason: request.body?.reason ?? null,
        }),
    );
  }

  app.post(
    '/api/v1/claims/:id/edit',
    {
      config: { access: 'analyst' },
      schema: {
        tags: ['review'],
        summary: "Correct a claim's figures, category, countries, period, stage or source",
        security: [{ bearer: [] }],
        params: ClaimIdParam,
        body: Type.Object({ changes: Changes, reason: Reason }, closed),
        response: { 200: Outcome, ...errors },
      },
    },
    async (request) => {
      const action: ReviewCommand = {
        kind: 'edit',
        changes: request.body.changes,
      };
      return review({
        claimId: request.params.id,
        action,
        reviewer: actorOf(request),
        reason: request.body.reason ?? null,
      });
    },
  );
}
