import type { Command } from 'commander';
import { createToken, listTokens, revokeToken, TOKEN_ROLES } from '../../app/index.ts';
import { say, sayJson, withStore } from '../context.ts';
import { columns } from '../format.ts';

const ROLE_HELP = `${TOKEN_ROLES.join(', ')} (viewer reads only; analyst reviews and ingests; admin does everything)`;

interface CreateFlags {
  readonly name: string;
  readonly role: string;
  readonly json?: boolean;
}

export function register(program: Command): void {
  const token = program
    .command('token')
    .summary('create, list and revoke the API tokens that let a client change the workspace')
    .description(
      'Reads over the API are open; every change (review, ingest) needs a bearer token. A token is ' +
        'shown once, when it is created, and only its SHA-256 digest is stored.',
    );

  token
    .command('create')
    .summary('make a new token and print it once')
    .requiredOption('--name <name>', 'who or what the token is for; the audit log records it')
    .option('--role <role>', `what it may do: ${ROLE_HELP}`, 'analyst')
    .option('--json', 'print the token and its details as JSON')
    .addHelpText('after', '\nExample:\n  tally token create --name alice --role analyst\n')
    .action(async (flags: CreateFlags, command: Command) => {
      const { token: secret, info } = await withStore(command, (store) =>
        createToken({ store, name: flags.name, role: flags.role }),
      );
      if (flags.json) {
        sayJson({ token: secret, ...info });
        return;
      }
      say(secret);
      process.stderr.write(
        `Token "${info.name}" (${info.role}) created. It is shown only now: keep it somewhere safe.\n` +
          `Send it as: Authorization: Bearer <token>\n`,
      );
    });

  token
    .command('list')
    .summary('list tokens by name, role and state (never the tokens themselves)')
    .option('--json', 'print the tokens as a JSON array')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const tokens = await withStore(command, listTokens);
      if (flags.json) {
        sayJson(tokens);
        return;
      }
      if (tokens.length === 0) {
        say('No tokens yet: tally token create --name <name> --role analyst');
        return;
      }
      const rows = tokens.map((t) => [
        t.name,
        t.role,
        t.createdAt,
        t.revokedAt === null ? 'active' : `revoked ${t.revokedAt}`,
      ]);
      for (const line of columns([['NAME', 'ROLE', 'CREATED', 'STATE'], ...rows])) say(line);
    });

  token
    .command('revoke')
    .summary('revoke a token by name; requests made with it are refused from now on')
    .argument('<name>', 'the name the token was created with')
    .action(async (name: string, _flags: unknown, command: Command) => {
      await withStore(command, (store) => revokeToken({ store, name }));
      say(`Token "${name}" revoked.`);
    });
}
