import { useId, type ReactNode } from 'react';
import './ui.css';

export interface SectionProps {
  readonly title: string;
  readonly children: ReactNode;
}

/** A titled part of a page (a level-2 heading), exposed as a region named by its title. */
export function Section({ title, children }: SectionProps) {
  const headingId = useId();
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
