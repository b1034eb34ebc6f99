/** What a test's page does when asked to leave: it may hold unsaved changes. */
export interface PageState {
  unsaved: boolean;
}

type Emit = (event: string, ...args: unknown[]) => void;

/**
 * A reload in the order Chromium and Electron run it, for the stand-ins of `webContents`:
 *
 * - `did-start-loading` first: `Navigator::Navigate` creates the navigation request and calls
 *   `DidStartLoading()` before it dispatches beforeunload to the page (content/browser/
 *   renderer_host/navigator.cc); Electron emits the event from `WebContents::DidStartLoading`
 *   (shell/browser/api/electron_api_web_contents.cc).
 * - then, only if the page's beforeunload objects, `will-prevent-unload`, from
 *   `ElectronJavaScriptDialogManager::RunBeforeUnloadDialog`, where a listener's
 *   `preventDefault()` means "leave anyway" (shell/browser/electron_javascript_dialog_manager.cc).
 * - a page that stays: the navigation request is dropped and loading stops with nothing committed
 *   (`did-stop-loading`, from `WebContents::DidStopLoading`).
 * - a page that goes: the new document commits (`did-navigate`, from
 *   `WebContents::DidFinishNavigation` for a main-frame commit), loads (`did-finish-load`), and
 *   loading stops.
 */
export function reloadAsChromium(page: PageState, emit: Emit): void {
  emit('did-start-loading');
  if (page.unsaved) {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    emit('will-prevent-unload', event);
    if (!event.defaultPrevented) {
      emit('did-stop-loading');
      return;
    }
  }
  page.unsaved = false;
  emit('did-navigate');
  emit('did-finish-load');
  emit('did-stop-loading');
}
