// The child of the kill -9 test: ingests a folder through the app's own use case and prints
// "<document id> <claims>" on stdout only after that document's transaction has committed.
import { ingest } from '../src/app/ingest.ts';
import { openStore } from '../src/store/index.ts';

const [workspace, folder] = process.argv.slice(2);
if (!workspace || !folder) throw new Error('usage: reliability-ingest-child WORKSPACE FOLDER');
const store = await openStore({ workspace, env: {} });
await ingest({
  store,
  inputs: [folder],
  onFile: (result) => {
    if (result.status === 'ingested')
      process.stdout.write(`${result.documentId} ${result.claims}\n`);
    else if (result.status === 'failed') process.stderr.write(`${result.message}\n`);
  },
});
await store.close();
process.stdout.write('done\n');
