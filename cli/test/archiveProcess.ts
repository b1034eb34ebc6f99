/**
 * `archive <argv>` in a process of its own, for tests that need another process or another user:
 * runs the CLI from source, as the built command does.
 */
import { main } from '../main.js';

process.exitCode = await main(process.argv.slice(2));
