export * from './claim-fields.ts';
export * from './records.ts';
export * from './errors.ts';
export * from './result.ts';
export * from './validate.ts';
