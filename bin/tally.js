#!/usr/bin/env node
// Runs the TypeScript sources directly, so a checkout works after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

// `tally docs | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
