import { useTranslation } from 'react-i18next';

export interface ShownProblem {
  readonly severity: 'error' | 'warning' | 'required';
  readonly text: string;
}

/** A field's problems, worded for the nurse; tied to its inputs by id (aria-describedby). */
export function ProblemList({ id, problems }: { readonly id: string; readonly problems: readonly ShownProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="entry-problems">
      {problems.map((p, index) => (
        <li key={index} className={`entry-problem entry-problem--${p.severity}`}>
          <span className="visually-hidden">{t(`entry.problem.${p.severity}`)}: </span>
          {p.text}
        </li>
      ))}
    </ul>
  );
}
