import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Marks the text field inside a composed editor (a record picker) as invalid and described by
 * its problem, as the plain fields are: the picker renders its own input, so the marks are set
 * on it after each render.
 */
export function DescribedInput({
  id,
  invalid,
  describedBy,
  className,
  children,
}: {
  id: string;
  invalid: boolean;
  describedBy: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const input = ref.current?.querySelector('input');
    if (!input) return;
    if (invalid) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    if (describedBy) input.setAttribute('aria-describedby', describedBy);
    else input.removeAttribute('aria-describedby');
  });
  return (
    <div id={id} ref={ref} className={className}>
      {children}
    </div>
  );
}
