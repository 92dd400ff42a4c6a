/**
 * Parses a Microsoft Docs date, month first: `usDateToDate('03/04/2021')` → 2021-03-04T00:00:00Z.
 * Returns undefined for anything else, including impossible dates like `02/30/2021`.
 */
export function usDateToDate(value: string): Date | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!match) return undefined;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isReal = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isReal ? date : undefined;
}
