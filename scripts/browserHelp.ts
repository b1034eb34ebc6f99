/**
 * What to do when no browser for the end-to-end tests could be found or installed: one paragraph,
 * with the commands for the system it is read on.
 */
export function browserHelp(platform: NodeJS.Platform): string {
  const install: Record<string, string> = {
    linux:
      'On Debian or Ubuntu run `sudo apt-get install chromium` (or run `npm test` as root, which ' +
      'installs it); on Fedora `sudo dnf install chromium`; elsewhere ' +
      '`npx playwright install --with-deps chromium`.',
    darwin:
      'Install Google Chrome or Chromium into /Applications, or run ' +
      '`npx playwright install chromium`.',
    win32: 'Install Google Chrome, or run `npx playwright install chromium`.',
  };
  return (
    'The end-to-end tests need Chromium or Google Chrome, and none was found: not Playwright’s ' +
    'own download, not chromium, chromium-browser or google-chrome on PATH. ' +
    (install[platform] ?? install['linux']) +
    ' A browser elsewhere can be named with CHROMIUM_PATH=/path/to/chromium. Then run `npm test` again.'
  );
}
