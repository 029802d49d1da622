import spriteUrl from 'dkfds-dist/img/all-svg-icons.svg?url';

// DKFDS icons are symbols in one sprite; an external same-origin <use> avoids inlining 50 kB into every page.
export function Icon({ name, className }: { name: string; className?: string }) {
  return (
    <svg className={`icon-svg${className ? ` ${className}` : ''}`} focusable="false" aria-hidden="true">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
