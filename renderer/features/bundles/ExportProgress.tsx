import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { percentOf, type ExportStage } from './export-progress';

/** A progress bar for a long export, labelled by what is being written and how far. */
export function ExportProgress({ stage }: { readonly stage: ExportStage }) {
  const { t } = useTranslation();
  const labelId = useId();
  const text = 'done' in stage ? t(`bundles.export.phase.${stage.phase}`, { done: stage.done, total: stage.total }) : t(`bundles.export.phase.${stage.phase}`);
  const percent = Math.round(percentOf(stage));
  return (
    <div className="bundle-progress">
      <p id={labelId} className="bundle-progress__text">
        {text}
      </p>
      <progress className="bundle-progress__bar" aria-labelledby={labelId} aria-valuetext={`${percent} %`} max={100} value={percent} />
    </div>
  );
}
