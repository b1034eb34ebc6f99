import { contextBridge, ipcRenderer } from 'electron';
import type { ArchiveBridge } from '../db/api.js';
import { BRIDGE_METHODS, ipcChannel } from './bridgeMethods.js';
import { LANGUAGE_GET_CHANNEL, LANGUAGE_SET_CHANNEL } from './languageChannel.js';
import { MENU_COMMAND_CHANNEL, isMenuCommand } from './menuCommands.js';

// Each function takes one input and the window's session and forwards nothing else, so the
// page never holds ipcRenderer and cannot reach a channel that is not an API method.
const bridge = Object.fromEntries(
  BRIDGE_METHODS.map((method) => [
    method,
    (input: unknown, session?: unknown) =>
      ipcRenderer.invoke(
        ipcChannel(method),
        input,
        typeof session === 'string' ? session : undefined,
      ),
  ]),
) as ArchiveBridge;

contextBridge.exposeInMainWorld('archive', bridge);

// The menu's commands reach the page as a subscription to one command at a time; the page never
// sees the IPC event, only that its command was chosen.
contextBridge.exposeInMainWorld('archiveMenu', {
  on(command: unknown, listener: unknown): () => void {
    if (!isMenuCommand(command) || typeof listener !== 'function') return () => {};
    const onMessage = (_event: unknown, sent: unknown) => {
      if (sent === command) (listener as () => void)();
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, onMessage);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, onMessage);
    };
  },
});

// The language the main process settled on (chosen here before, else the system's), asked for
// once at each load so a reload after a switch starts in the new one; a switch goes back as text.
contextBridge.exposeInMainWorld('archiveLanguage', {
  language: String(ipcRenderer.sendSync(LANGUAGE_GET_CHANNEL)),
  save(language: unknown): void {
    if (typeof language === 'string') ipcRenderer.send(LANGUAGE_SET_CHANNEL, language);
  },
});
