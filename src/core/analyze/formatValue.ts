import type { Figure } from '../model';
import { farQualifier } from '../data/lexicon';

const SYMBOLS: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥', INR: '₹', RUB: '₽', KRW: '₩', UAH: '₴', CNY: '¥',
  // Abbreviations written before the number, as the copy writes them: "Rs8,500", "Tk23,000".
  Rs: 'Rs', Tk: 'Tk', Rp: 'Rp', RM: 'RM', KSh: 'KSh' };

/** Formats a number with thousands separators, keeping up to two decimals: 25000 → "25,000". */
export function formatNumber(n: number): string {
  // Two decimals, or three significant digits below one: 0.001% stays 0.001%.
  const rounded = Math.abs(n) >= 1 || n === 0 ? Math.round(n * 100) / 100 : Number(n.toPrecision(3));
  const [int, frac] = String(Math.abs(rounded)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (rounded < 0 ? '-' : '') + grouped + (frac ? `.${frac}` : '');
}

/** Large values in words, as news copy writes them: 350000000 → "350 million". */
function compact(n: number): string {
  const scales: Array<[number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [scale, word] of scales) if (Math.abs(n) >= scale) return `${formatNumber(n / scale)} ${word}`;
  return formatNumber(n);
}

function withUnit(n: number, unit: string | null): string {
  if (unit === '%') return `${formatNumber(n)}%`;
  if (unit && SYMBOLS[unit]) return `${SYMBOLS[unit]}${compact(n)}`;
  if (unit) return `${compact(n)} ${unit}`;
  return compact(n);
}

/** The normalised value of a figure for people: "4,500", "10,000–15,000", "about 12,000", "more than 1,000". */
export function formatFigureValue(f: Pick<Figure, 'low' | 'high' | 'approximate' | 'unit'> & { readonly qualifier?: string | null }): string {
  const { low, high, unit } = f;
  const far = farQualifier(f.qualifier);
  if (far === 'farBelow' && high !== null) return `well below ${withUnit(high, unit)}`;
  if (far === 'farAbove' && low !== null) return `well over ${withUnit(low, unit)}`;
  let s: string;
  if (low !== null && high !== null) s = low === high ? withUnit(low, unit) : `${withUnit(low, unit)}–${withUnit(high, unit)}`;
  else if (low !== null) s = `more than ${withUnit(low, unit)}`;
  else if (high !== null) s = `up to ${withUnit(high, unit)}`;
  else s = 'an unknown amount';
  return f.approximate && low !== null && high !== null ? `about ${s}` : s;
}
