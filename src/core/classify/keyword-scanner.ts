// Aho–Corasick automaton over folded UTF-16 code units: every lexicon term is found in one pass
// over a text, overlapping matches included, with no regex compiled per field. ASCII terms only
// match whole words (a trailing `*` in the source term allows any continuation: "vaccin*"; a
// leading one any beginning, for the ends of compounds: "*adresse" in "Rechnungsadresse").
import { FOLD, fold, isWordCode } from './normalize';

export interface ScannerTerm {
  /** The term as written in the lexicon (with an optional trailing '*'). */
  readonly source: string;
  /** Match inside words too (field-name stems: "address" in "residentialaddress"). */
  readonly anywhere?: boolean;
}

export interface KeywordMatch {
  readonly term: number;
  readonly start: number;
  readonly end: number;
}

interface CompiledTerm {
  readonly length: number;
  readonly checkStart: boolean;
  readonly checkEnd: boolean;
}

export class KeywordScanner {
  private readonly next: Map<number, number>[] = [new Map<number, number>()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private readonly compiled: CompiledTerm[] = [];

  constructor(terms: readonly ScannerTerm[]) {
    terms.forEach((term, index) => this.add(term.source, index, term.anywhere ?? false));
    this.link();
  }

  private add(source: string, index: number, anywhere: boolean): void {
    const prefix = source.endsWith('*');
    const suffix = source.startsWith('*') && source.length > 1;
    const text = fold(source.slice(suffix ? 1 : 0, prefix ? -1 : undefined));
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let child = this.next[node]!.get(code);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[node]!.set(code, child);
      }
      node = child;
    }
    this.out[node]!.push(index);
    this.compiled[index] = {
      length: text.length,
      checkStart: !anywhere && !suffix && text.length > 0 && isWordCode(text.charCodeAt(0)),
      checkEnd: !anywhere && !prefix && text.length > 0 && isWordCode(text.charCodeAt(text.length - 1)),
    };
  }

  /** Breadth-first failure links; outputs are merged along them so matching needs one lookup. */
  private link(): void {
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [code, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(code)) f = this.fail[f]!;
        const target = this.next[f]!.get(code);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const inherited = this.out[this.fail[child]]!;
        if (inherited.length) this.out[child] = this.out[child]!.concat(inherited);
        queue.push(child);
      }
    }
  }

  /** All matches in `text`, in order of their end position. */
  scan(text: string): KeywordMatch[] {
    const matches: KeywordMatch[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = FOLD[text.charCodeAt(i)]!;
      let child = this.next[node]!.get(code);
      while (child === undefined && node !== 0) {
        node = this.fail[node]!;
        child = this.next[node]!.get(code);
      }
      node = child ?? 0;
      const found = this.out[node]!;
      for (let k = 0; k < found.length; k++) {
        const term = found[k]!;
        const info = this.compiled[term]!;
        const start = i + 1 - info.length;
        if (info.checkStart && start > 0 && isWordCode(FOLD[text.charCodeAt(start - 1)]!)) continue;
        if (info.checkEnd && i + 1 < text.length && isWordCode(FOLD[text.charCodeAt(i + 1)]!)) continue;
        matches.push({ term, start, end: i + 1 });
      }
    }
    return matches;
  }
}
