/**
 * Strings of the monitor-review UI items (key prefix `training.`): the training database (Settings, the banner
 * on every screen, the status bar) and the per-subject plots of the course over study weeks.
 */
export const enTraining = {
  banner: {
    title: 'TRAINING DATA — not real patients',
    detail: 'Synthetic subjects in the training database. Nothing here is study data.',
    label: 'Training database in use',
    backToReal: 'Back to the real data',
  },
  status: {
    database: 'Training database: {{name}}',
  },
  panel: {
    title: 'Training database',
    intro:
      'Practise on synthetic subjects without touching the study data. The training database is a separate database on this laptop ({{name}}); the real data ({{realName}}) is never changed by training.',
    marking:
      'While the app works on training data, every screen says so in both languages and in its own colour, files you save or print are named “training-…”, and automatic backups are refused (the backup folder holds real data only).',
    inReal: 'You are working on the real study data.',
    inTraining: 'You are working on the training database: synthetic subjects, not real patients.',
    formTitle: 'Load training subjects',
    protocol: 'Protocol',
    subjects: 'Number of subjects',
    subjectsHint: 'From 1 to {{max}}. Each subject brings a whole course (about 600 records); screen failures come on top. Loading replaces what the training database held.',
    subjectsInvalid: 'Enter a whole number from 1 to {{max}}.',
    load: 'Load and switch to training',
    loadOnlyFromReal: 'To load a new training set, go back to the real data first: loading replaces the training database, which is open now.',
    cancel: 'Cancel loading',
    progressLabel: 'Loading training subjects',
    progress: 'Simulated trial date {{date}} · {{subjects}} of {{target}} subjects enrolled · {{events}} records written',
    cancelling: 'Cancelling after the current batch…',
    done: 'Loaded {{subjects}} subjects of {{protocol}} ({{events}} records) in {{seconds}} s.',
    cancelled: 'Loading cancelled. The partly loaded training database was removed; the real data was not touched.',
    failed: 'The training subjects could not be loaded: {{message}}',
    switchToTraining: 'Open the training database',
    switchToReal: 'Back to the real data',
  },
  plots: {
    title: 'Course over study weeks',
    intro: 'Scores recomputed from the stored values; labs in stored SI units. Week 0 is day 1; visits not yet done are placed on their target date.',
    noDay1: 'The course is plotted from day 1; this subject has no day 1 yet.',
    empty: 'No values recorded yet for the scores and labs plotted here.',
    axisWeek: 'Study week',
    legendTitle: 'Markers',
    legend: {
      none: 'Within range',
      soft: 'Outside the soft range (unusual) — for a score: computed from such a value',
      hard: 'Outside the hard range (impossible) — for a score: computed from such a value',
      band: 'Soft range',
    },
    summary: {
      none: 'No values.',
      values: '{{total}} values, week {{first}} to week {{last}}; latest {{latest}} at week {{week}}.',
      flagged: '{{soft}} unusual, {{hard}} impossible.',
    },
    showTable: 'Show the values as a table',
    hideTable: 'Hide the table',
    tableCaption: 'Values per visit of subject {{subject}}',
    column: {
      visit: 'Visit',
      date: 'Date',
      week: 'Week',
    },
    targetDate: '{{date}} (target)',
    cell: {
      none: 'no value',
      soft: 'unusual',
      hard: 'impossible',
      confirmed: 'confirmed by the site',
      fromFlagged: 'computed from a value outside its range: {{items}}',
      missing: 'not recorded: {{reason}}',
    },
    tooltipWeek: 'Week {{week}}',
  },
} as const;
