/**
 * A stand-in for the parts of Electron's main-process API that electron/main.ts uses, so that
 * the main process can run under plain Node where Electron's binary is missing. It records what
 * main asked for on `globalThis.fakeElectron`, where the test reads it.
 */
type Listener = (...args: unknown[]) => unknown;

export interface FakeWindow {
  options: Record<string, unknown>;
  loaded: string[];
  contentsListeners: Record<string, Listener>;
  windowOpenHandler?: Listener;
}

export interface FakeElectron {
  appListeners: Record<string, Listener[]>;
  ready: Promise<void>;
  windows: FakeWindow[];
  handlers: Map<string, Listener>;
  errors: string[];
  exitCode?: number;
  permissionRequest?: Listener;
  permissionCheck?: Listener;
  menuSet: boolean;
}

let markReady: () => void = () => {};
const state: FakeElectron = {
  appListeners: {},
  ready: new Promise<void>((resolve) => (markReady = resolve)),
  windows: [],
  handlers: new Map(),
  errors: [],
  menuSet: false,
};
(globalThis as { fakeElectron?: FakeElectron }).fakeElectron = state;

const paths: Record<string, string> = {};

export const app = {
  isPackaged: false,
  setPath: (name: string, value: string) => void (paths[name] = value),
  getPath: (name: string) => paths[name] ?? `/nonexistent/${name}`,
  getAppPath: () => process.env.FAKE_APP_PATH ?? process.cwd(),
  getVersion: () => '0.0.0-test',
  enableSandbox: () => {},
  requestSingleInstanceLock: () => true,
  isReady: () => true,
  quit: () => {},
  exit: (code: number) => void (state.exitCode = code),
  setAboutPanelOptions: () => {},
  on(event: string, listener: Listener) {
    (state.appListeners[event] ??= []).push(listener);
    return app;
  },
  whenReady: () => {
    queueMicrotask(markReady);
    return state.ready;
  },
};

export class BrowserWindow {
  static all: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.all;
  record: FakeWindow;
  webContents: {
    on: (event: string, fn: Listener) => void;
    setWindowOpenHandler: (fn: Listener) => void;
  };
  constructor(options: Record<string, unknown>) {
    const record: FakeWindow = { options, loaded: [], contentsListeners: {} };
    this.record = record;
    this.webContents = {
      on: (event, fn) => void (record.contentsListeners[event] = fn),
      setWindowOpenHandler: (fn) => void (record.windowOpenHandler = fn),
    };
    state.windows.push(record);
    BrowserWindow.all.push(this);
  }
  once() {}
  show() {}
  focus() {}
  restore() {}
  isDestroyed = () => false;
  isMinimized = () => false;
  loadFile(file: string) {
    this.record.loaded.push(file);
    return Promise.resolve();
  }
}

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: () => void (state.menuSet = true),
};

export const dialog = {
  showErrorBox: (title: string, content: string) => void state.errors.push(`${title}: ${content}`),
  showMessageBox: (options: { message: string }) => {
    state.errors.push(options.message);
    return Promise.resolve({ response: 0 });
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn: Listener) => void (state.permissionRequest = fn),
    setPermissionCheckHandler: (fn: Listener) => void (state.permissionCheck = fn),
    webRequest: { onHeadersReceived: () => {} },
  },
};

export const ipcMain = {
  handle: (channel: string, fn: Listener) => void state.handlers.set(channel, fn),
  removeHandler: (channel: string) => void state.handlers.delete(channel),
};
