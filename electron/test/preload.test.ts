import { describe, expect, test } from 'vitest';
import { API_METHODS } from '../../db/api.js';
import { BRIDGE_METHODS } from '../bridgeMethods.js';
import { bundlePreload, runPreload } from './preloadBundle.js';

describe('the preload', () => {
  test('exposes exactly the API methods', () => {
    expect([...BRIDGE_METHODS].sort()).toEqual([...API_METHODS].sort());
  });

  test('stays small and does not bundle zod or anything but electron', async () => {
    const code = await bundlePreload();
    expect(code).not.toMatch(/zod|ZodError/);
    expect(code.length).toBeLessThan(4_000);
    expect(runPreload(code).required).toEqual(['electron']);
  });

  test('window.archive has one function per method, each calling its own channel with the window session', async () => {
    const { exposed, invoked } = runPreload(await bundlePreload());
    expect(Object.keys(exposed)).toEqual(['archive', 'archiveMenu', 'archiveLanguage']);
    const archive = exposed.archive as Record<string, (input: unknown, extra?: unknown) => unknown>;
    expect(Object.keys(archive).sort()).toEqual([...API_METHODS].sort());
    for (const method of API_METHODS) {
      expect(typeof archive[method]).toBe('function');
      await archive[method]?.({ probe: method }, 'window-1');
    }
    expect(invoked).toEqual(API_METHODS.map((m) => [`archive:${m}`, { probe: m }, 'window-1']));
    // Only a session id is forwarded beside the input, nothing else the page hands over.
    await archive.undo?.({}, { not: 'a session' });
    expect(invoked.at(-1)).toEqual(['archive:undo', {}, undefined]);
  });

  test('window.archiveMenu calls a listener for its own menu command only, until it stops', async () => {
    const { exposed, send, subscribed } = runPreload(await bundlePreload());
    const menu = exposed.archiveMenu as {
      on: (command: unknown, listener: unknown) => () => void;
    };
    const heard: string[] = [];
    const stop = menu.on('undoChange', () => heard.push('undo'));
    menu.on('redoChange', () => heard.push('redo'));
    send('menu:command', 'undoChange');
    send('menu:command', 'redoChange');
    send('menu:command', 'somethingElse');
    expect(heard).toEqual(['undo', 'redo']);
    stop();
    send('menu:command', 'undoChange');
    expect(heard).toEqual(['undo', 'redo']);
    // A command the menu does not send, or a listener that is not a function, subscribes nothing.
    menu.on('archive:saveRecord', () => heard.push('x'))();
    menu.on('undoChange', 'not a function')();
    expect([...subscribed.keys()]).toEqual(['menu:command']);
    expect(subscribed.get('menu:command')?.size).toBe(1);
  });

  test('window.archiveLanguage starts in the main process language and sends back only a text', async () => {
    const { exposed, invoked } = runPreload(await bundlePreload());
    const language = exposed.archiveLanguage as { language: string; save: (l: unknown) => void };
    expect(language.language).toBe('ru');
    language.save('en');
    language.save({ not: 'a language' });
    expect(invoked).toEqual([['language:set', 'en']]);
  });
});
