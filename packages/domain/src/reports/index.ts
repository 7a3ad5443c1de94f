export * from './report-period.ts';
export * from './report-figures.ts';
export * from './school-report.ts';
export * from './report-labels.ts';
