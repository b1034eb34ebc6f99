/** The CLI in a process of its own, for tests that run it as another user. */
import { main } from '../main.js';

process.exitCode = await main(process.argv.slice(2));
