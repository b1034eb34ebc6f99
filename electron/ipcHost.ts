import { ipcMain } from 'electron';
import { SessionIdSchema, type ApiResult } from '../db/api.js';
import { callApi, type Handlers } from '../db/service.js';
import { BRIDGE_METHODS, ipcChannel } from './bridgeMethods.js';
import { checkSender } from './checkSender.js';

/**
 * Answer every API method over IPC, for the app's own renderer only. Returns a function that
 * removes the handlers, so the archive can be closed without a call arriving afterwards.
 */
export function registerIpcHost(handlers: Handlers): () => void {
  for (const method of BRIDGE_METHODS) {
    ipcMain.handle(
      ipcChannel(method),
      async (event, input: unknown, session: unknown): Promise<ApiResult<unknown>> => {
        const refusal = checkSender(event.senderFrame?.url);
        if (refusal) return { ok: false, error: refusal };
        const known = SessionIdSchema.safeParse(session);
        return callApi(handlers, method, input, known.success ? { session: known.data } : {});
      },
    );
  }
  return () => {
    for (const method of BRIDGE_METHODS) ipcMain.removeHandler(ipcChannel(method));
  };
}
