/** 1-based line and column of an offset, as unist counts them (column in UTF-16 code units). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Converts between UTF-16 offsets and 1-based line/column, in O(log lines) per lookup. */
export class TextIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) this.lineStarts.push(i + 1);
      else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  /** The line and column of `offset` (clamped into the text). */
  toLineColumn(offset: number): LineColumn {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
  }

  /** The offset of a 1-based line and column (clamped into the text). */
  toOffset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.lineStarts.length));
    return Math.min(this.text.length, this.lineStarts[l - 1] + Math.max(0, column - 1));
  }
}
