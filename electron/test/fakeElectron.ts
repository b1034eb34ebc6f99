/**
 * A stand-in for the parts of Electron's main-process API that electron/main.ts uses, so that
 * the main process can run under plain Node where Electron's binary is missing. It records what
 * main asked for on `globalThis.fakeElectron`, where the test reads it.
 */
import { reloadAsChromium } from './chromiumReload.js';

type Listener = (...args: unknown[]) => unknown;

export interface FakeWindow {
  options: Record<string, unknown>;
  loaded: string[];
  contentsListeners: Record<string, Listener>;
  windowOpenHandler?: Listener;
  title?: string;
  reloads: number;
  /** Whether the page holds a form with unsaved changes, which its beforeunload guards. */
  page: { unsaved: boolean };
  /** What main gave `setProgressBar`, in order. */
  progress: number[];
  hidden: boolean;
  destroyed: boolean;
}

export interface FakeElectron {
  appListeners: Record<string, Listener[]>;
  ready: Promise<void>;
  windows: FakeWindow[];
  handlers: Map<string, Listener>;
  /** What main gave `ipcMain.on`, by channel (the page's language questions). */
  listeners: Map<string, Listener>;
  errors: string[];
  exitCode?: number;
  permissionRequest?: Listener;
  permissionCheck?: Listener;
  /** What main last set with `session.setSpellCheckerEnabled`; unset if never. */
  spellCheckerEnabled?: boolean;
  menuSet: boolean;
  /** The application menu's template, as main last set it. */
  menu?: unknown[];
  /** What the next open or save dialog answers; cancelled when unset. */
  nextDialogPath?: string;
  /** The answer of the next message box that asks (index of the button). */
  nextMessageBoxAnswer?: number;
  isReady: boolean;
  /** The schemes main registered as privileged, with their privileges. */
  privilegedSchemes: unknown[];
  /** The handlers main gave `protocol.handle`, by scheme. */
  protocolHandlers: Map<string, (request: Request) => Response | Promise<Response>>;
  /** Called with each address a window loads, after it is recorded. */
  onLoad?: (window: FakeWindow, url: string) => void;
}

let markReady: () => void = () => {};
const state: FakeElectron = {
  appListeners: {},
  ready: new Promise<void>((resolve) => (markReady = resolve)),
  windows: [],
  handlers: new Map(),
  listeners: new Map(),
  errors: [],
  menuSet: false,
  isReady: false,
  privilegedSchemes: [],
  protocolHandlers: new Map(),
};
(globalThis as { fakeElectron?: FakeElectron }).fakeElectron = state;

const paths: Record<string, string> = {};

export const app = {
  isPackaged: false,
  setPath: (name: string, value: string) => void (paths[name] = value),
  getPath: (name: string) => paths[name] ?? `/nonexistent/${name}`,
  getAppPath: () => process.env.FAKE_APP_PATH ?? process.cwd(),
  getVersion: () => '0.0.0-test',
  getLocale: () => process.env.FAKE_LOCALE ?? 'en-US',
  enableSandbox: () => {},
  requestSingleInstanceLock: () => true,
  isReady: () => state.isReady,
  quit: () => {},
  exit: (code: number) => void (state.exitCode = code),
  setAboutPanelOptions: () => {},
  on(event: string, listener: Listener) {
    (state.appListeners[event] ??= []).push(listener);
    return app;
  },
  once(event: string, listener: Listener) {
    const once: Listener = (...args) => {
      state.appListeners[event] = (state.appListeners[event] ?? []).filter((l) => l !== once);
      return listener(...args);
    };
    return app.on(event, once);
  },
  whenReady: () => {
    queueMicrotask(() => {
      state.isReady = true;
      markReady();
    });
    return state.ready;
  },
};

export class BrowserWindow {
  static all: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.all;
  record: FakeWindow;
  webContents: {
    on: (event: string, fn: Listener) => void;
    off: (event: string, fn: Listener) => void;
    setWindowOpenHandler: (fn: Listener) => void;
    reload: () => void;
    send: () => void;
  };
  constructor(options: Record<string, unknown>) {
    const record: FakeWindow = {
      options,
      loaded: [],
      contentsListeners: {},
      reloads: 0,
      page: { unsaved: false },
      progress: [],
      hidden: false,
      destroyed: false,
    };
    this.record = record;
    // The first listener of each event is kept by name (as the tests read them); all are called.
    const listeners: Record<string, Listener[]> = {};
    this.webContents = {
      on: (event, fn) => {
        record.contentsListeners[event] ??= fn;
        (listeners[event] ??= []).push(fn);
      },
      off: (event, fn) => {
        listeners[event] = (listeners[event] ?? []).filter((f) => f !== fn);
      },
      setWindowOpenHandler: (fn) => void (record.windowOpenHandler = fn),
      reload: () => {
        record.reloads += 1;
        reloadAsChromium(record.page, (event, ...args) => {
          for (const fn of [...(listeners[event] ?? [])]) fn(...args);
        });
      },
      send: () => {},
    };
    state.windows.push(record);
    BrowserWindow.all.push(this);
    for (const listener of [...(state.appListeners['browser-window-created'] ?? [])]) {
      listener({}, this);
    }
  }
  once() {}
  on() {}
  setTitle(title: string) {
    this.record.title = title;
  }
  setRepresentedFilename() {}
  show() {}
  focus() {}
  restore() {}
  isDestroyed = () => this.record.destroyed;
  isMinimized = () => false;
  loadURL(url: string) {
    this.record.loaded.push(url);
    state.onLoad?.(this.record, url);
    return Promise.resolve();
  }
  removeMenu() {}
  setProgressBar(progress: number) {
    this.record.progress.push(progress);
  }
  hide() {
    this.record.hidden = true;
  }
  destroy() {
    this.record.destroyed = true;
    BrowserWindow.all = BrowserWindow.all.filter((w) => w !== this);
  }
}

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown[]) => {
    state.menuSet = true;
    state.menu = menu;
  },
};

export const dialog = {
  showErrorBox: (title: string, content: string) => void state.errors.push(`${title}: ${content}`),
  showMessageBox: (options: { message: string }) => {
    state.errors.push(options.message);
    return Promise.resolve({ response: 0 });
  },
  showMessageBoxSync: (...args: unknown[]) => {
    const options = args[args.length - 1] as { message: string };
    state.errors.push(options.message);
    return state.nextMessageBoxAnswer ?? 0;
  },
  showOpenDialog: () => {
    const file = state.nextDialogPath;
    state.nextDialogPath = undefined;
    return Promise.resolve({ canceled: !file, filePaths: file ? [file] : [] });
  },
  showSaveDialog: () => {
    const file = state.nextDialogPath;
    state.nextDialogPath = undefined;
    return Promise.resolve({ canceled: !file, filePath: file });
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn: Listener) => void (state.permissionRequest = fn),
    setPermissionCheckHandler: (fn: Listener) => void (state.permissionCheck = fn),
    setSpellCheckerEnabled: (enable: boolean) => void (state.spellCheckerEnabled = enable),
    webRequest: { onHeadersReceived: () => {} },
  },
};

/**
 * As Electron's protocol module: privileges only before ready
 * (`RegisterSchemesAsPrivileged` in shell/browser/api/electron_api_protocol.cc throws
 * "protocol.registerSchemesAsPrivileged should be called before app is ready"); `handle` goes to
 * the default session's protocol, which exists once the app is ready, and throws
 * "Failed to register protocol: <scheme>" for a scheme already handled
 * (lib/browser/api/protocol.ts). A request reaches the handler as a fetch `Request` built from
 * the URL and method, as that file builds it.
 */
export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    if (state.isReady) {
      throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    }
    state.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
    if (!state.isReady) throw new Error('Session can only be received when app is ready');
    if (state.protocolHandlers.has(scheme)) {
      throw new Error(`Failed to register protocol: ${scheme}`);
    }
    state.protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle: (channel: string, fn: Listener) => void state.handlers.set(channel, fn),
  removeHandler: (channel: string) => void state.handlers.delete(channel),
  on: (channel: string, fn: Listener) => void state.listeners.set(channel, fn),
};
