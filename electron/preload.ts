import { contextBridge, ipcRenderer } from 'electron';
import type { ArchiveBridge } from '../db/api.js';
import { BRIDGE_METHODS, ipcChannel } from './bridgeMethods.js';

// Each function takes exactly one input and forwards nothing else, so the page never holds
// ipcRenderer and cannot reach a channel that is not an API method.
const bridge = Object.fromEntries(
  BRIDGE_METHODS.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(ipcChannel(method), input),
  ]),
) as ArchiveBridge;

contextBridge.exposeInMainWorld('archive', bridge);
