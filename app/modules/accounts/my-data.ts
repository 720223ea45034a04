/** Name of the "my data" download for a day (YYYY-MM-DD), so repeated downloads sort by date. */
export function myDataFileName(day: string): string {
  return `antenne-my-data-${day}.json`;
}
