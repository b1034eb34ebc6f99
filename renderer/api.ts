/**
 * How the renderer reaches the archive: the Electron preload's `window.archive` when it exists,
 * else web mode's `POST /api/<method>` with the per-run token. Components only see `archive`.
 */
import {
  API_METHODS,
  METHOD_TABLE,
  type ApiError,
  type ApiMethod,
  type ApiOutput,
  type ApiResult,
  type ArchiveApi,
  type ArchiveBridge,
  type ErrorCode,
  type ProblemDetail,
} from '../db/api.js';
import { notifyArchiveChanged } from './archiveVersion.js';
import { sentenceOf, t, type MessageRef } from './messages.js';

declare global {
  interface Window {
    archive?: ArchiveBridge;
  }
}

/**
 * An answer the archive refused or could not give, as a sentence a person can read. It keeps the
 * catalog message and its values, and says them in the interface's language of the moment it is
 * read: an error still on screen when the language is switched is reworded with it.
 */
export class ArchiveApiError extends Error {
  readonly code: ErrorCode;
  declare readonly message: string;
  declare readonly details: ProblemDetail[];

  constructor(error: ApiError) {
    super();
    this.name = 'ArchiveApiError';
    this.code = error.code;
    Object.defineProperties(this, {
      message: { get: () => sentenceOf(error), enumerable: false },
      details: { get: () => (error.details ?? []).map(inLanguage), enumerable: true },
    });
  }
}

/** A problem the archive listed, said in the interface's language. */
export function inLanguage(problem: ProblemDetail): ProblemDetail {
  return { ...problem, message: sentenceOf(problem) };
}

const TOKEN_KEY = 'archive.token';

/**
 * Web mode hands the token over in the address once; it is kept for this tab only and taken out
 * of the address bar so that it is not bookmarked, shared or left in the history.
 */
function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const SESSION_KEY = 'archive.session';

/**
 * This window's session, which every call carries so that its undo and redo reach its own
 * changes only. Kept where the window keeps it across a reload (undo survives one): the desktop
 * app has one window, whose storage also outlives a restart; in a browser each tab is a window.
 */
function windowSession(storage: Storage): string {
  let session = storage.getItem(SESSION_KEY);
  if (session === null || !/^[A-Za-z0-9-]{1,64}$/.test(session)) {
    session = crypto.randomUUID();
    storage.setItem(SESSION_KEY, session);
  }
  return session;
}

export interface CallOptions {
  /**
   * Abandons the question: the promise rejects with an AbortError (see isAbort). In web mode the
   * request itself is aborted, so the server can drop it if it has not started; over the Electron
   * bridge the answer is only dropped.
   */
  signal?: AbortSignal;
}

type Call = <M extends ApiMethod>(
  method: M,
  input: unknown,
  options: CallOptions,
) => Promise<ApiResult<ApiOutput<M>>>;

function abortError(): DOMException {
  return new DOMException('The question was abandoned.', 'AbortError');
}

/** True for what a call throws when its signal abandoned it: not an error to show anyone. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function bridgeCall(bridge: ArchiveBridge, session: string): Call {
  return async (method, input, { signal }) => {
    const answer = (
      bridge[method] as (
        input: unknown,
        session: string,
      ) => Promise<ApiResult<ApiOutput<typeof method>>>
    )(input, session);
    if (!signal) return answer;
    if (signal.aborted) throw abortError();
    const abandoned = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(abortError()), { once: true }),
    );
    return Promise.race([answer, abandoned]);
  };
}

function httpCall(token: string | null, session: string): Call {
  return async (method, input, { signal }) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Archive-Session': session,
          ...(token ? { 'X-Archive-Token': token } : {}),
        },
        body: JSON.stringify(input),
        signal,
      });
    } catch {
      if (signal?.aborted) throw abortError();
      const key = 'errors.unreachable';
      return { ok: false, error: { code: 'io_error', key, message: t(key) } };
    }
    try {
      return (await response.json()) as ApiResult<ApiOutput<typeof method>>;
    } catch {
      if (signal?.aborted) throw abortError();
      const code: ErrorCode =
        response.status === 401 || response.status === 403 ? 'refused' : 'internal';
      // The message's key goes with it, so that it is said again in a language switched to.
      const said: MessageRef =
        code === 'refused'
          ? { key: 'errors.tokenRefused' }
          : { key: 'errors.badAnswer', params: { status: response.status } };
      return { ok: false, error: { code, ...said, message: t(said.key, said.params) } };
    }
  };
}

function chooseTransport(): Call {
  if (typeof window !== 'undefined' && window.archive) {
    return bridgeCall(window.archive, windowSession(localStorage));
  }
  return httpCall(takeToken(), windowSession(sessionStorage));
}

const transport = chooseTransport();

/**
 * One call of the API, which a caller may abandon: the grid abandons the rows of a search that
 * a new keystroke replaced. Everyone else calls through `archive`.
 */
export async function archiveCall<M extends ApiMethod>(
  method: M,
  input: Parameters<ArchiveApi[M]>[0],
  options: CallOptions = {},
): Promise<ApiOutput<M>> {
  const result = await transport(method, input, options);
  if (!result.ok) throw new ArchiveApiError(result.error);
  // After a change of the archive's records, every open view asks again.
  if (METHOD_TABLE[method].refreshesViews) {
    notifyArchiveChanged({ method, input, value: result.value });
  }
  return result.value;
}

function createArchive(): ArchiveApi {
  const api: Partial<Record<ApiMethod, (input: unknown) => Promise<unknown>>> = {};
  for (const method of API_METHODS) {
    api[method] = (input: unknown) => archiveCall(method, input as never);
  }
  return api as unknown as ArchiveApi;
}

export const archive: ArchiveApi = createArchive();

/** A readable sentence for anything a call may throw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ArchiveApiError) return error.message;
  return t('errors.unexpected');
}
