import { useSyncExternalStore } from 'react';
import { trainingJob, type TrainingJob, type TrainingJobState } from './training-job';

/** The state of this window's training load (and the job, to start or cancel it). */
export function useTrainingJob(job: TrainingJob = trainingJob): readonly [TrainingJobState, TrainingJob] {
  const state = useSyncExternalStore(job.subscribe, job.state, job.state);
  return [state, job] as const;
}
