/** A handful of 16px line icons for the navigation; inline so the UI needs no icon font or package. */
const paths = {
  chip: 'M5 5h6v6H5zM7 1.5v2M9 1.5v2M7 12.5v2M9 12.5v2M1.5 7h2M1.5 9h2M12.5 7h2M12.5 9h2M3.5 3.5h9v9h-9z',
  scale: 'M8 2v12M4 14h8M3 5h10M3 5l-2 5h4zM13 5l-2 5h4z',
  book: 'M3 2.5h7.5a2 2 0 0 1 2 2v9H5a2 2 0 0 1-2-2zM3 11.5a2 2 0 0 1 2-2h7.5',
  shield: 'M8 1.5l5.5 2v4c0 3.5-2.4 6-5.5 7-3.1-1-5.5-3.5-5.5-7v-4zM5.5 8l2 2 3-3.5',
  users:
    'M6 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5zM1.5 13.5c0-2.5 2-4 4.5-4s4.5 1.5 4.5 4M11 2.8a2.4 2.4 0 0 1 0 4.5M12.5 9.8c1.3.6 2 1.9 2 3.7',
  key: 'M10 6.5a3.5 3.5 0 1 1-7 0 3.5 3.5 0 0 1 7 0zM9.3 8.5l5.2 5.2M12 11.2l1.5-1.5',
  list: 'M5.5 4h8M5.5 8h8M5.5 12h8M2.5 4h.01M2.5 8h.01M2.5 12h.01',
  signOut: 'M6 2.5H3.5v11H6M10.5 5l3 3-3 3M13.5 8H6',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ''}`}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={paths[name]} />
    </svg>
  );
}
