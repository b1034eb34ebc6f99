import { formatDate } from '../formatDate.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment in the app's date form with the local time of day: `22 Feb 2021 14:05`. */
export function formatDateTime(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${formatDate(day)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
