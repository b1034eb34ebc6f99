/**
 * The second process of the model-based test: opens the same archive file with its own
 * connection and answers API calls, one JSON line in (`{ id, method, input, session }`), one
 * JSON line out (`{ id, result }`), through the same callApi every host uses.
 */
import readline from 'node:readline';
import { openArchive } from '../../open/open.js';
import { callApi, createHandlers } from '../../service.js';

const file = process.argv[2];
if (!file) throw new Error('usage: modelWorker <archive file>');
const db = openArchive(file);
const handlers = createHandlers(db, file);

interface Request {
  id: number;
  method: string;
  input: unknown;
  session: string;
}

const lines = readline.createInterface({ input: process.stdin });
// One call at a time, in order: the parent waits for each answer before its next step.
let queue = Promise.resolve();
lines.on('line', (line) => {
  const request = JSON.parse(line) as Request;
  queue = queue.then(async () => {
    const result = await callApi(handlers, request.method, request.input, {
      session: request.session,
    });
    process.stdout.write(`${JSON.stringify({ id: request.id, result })}\n`);
  });
});
lines.on('close', () => {
  void queue.then(() => db.close());
});
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
