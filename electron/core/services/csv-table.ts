// Kept so the services that read CSV (SLO measurements, canary samples) need not change their import.
export { CsvTable, type CsvProblem, type CsvRecord } from '../csv/table';
