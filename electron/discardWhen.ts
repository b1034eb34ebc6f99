/**
 * Lets the page's unload go ahead (preventDefault on `will-prevent-unload` does that) only when
 * the person agrees to lose the edits the page held it for.
 */
export function discardWhen(agrees: () => boolean): (event: { preventDefault(): void }) => void {
  return (event) => {
    if (agrees()) event.preventDefault();
  };
}
