import type { Command } from 'commander';

/** Each command registers itself on the program; this list is the CLI's table of contents. */
export const commands: ReadonlyArray<(program: Command) => void> = [];
