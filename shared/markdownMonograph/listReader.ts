// Shared walk for the intro-then-list shapes (interactions, side effects): items that arrive
// while no recognised intro is in force are collected as runs for the unplaced report.
import type { Unplaced } from './types.ts';

export class UnplacedRuns {
  private run: string[] = [];
  private runHeading = '';
  readonly found: Unplaced[] = [];

  constructor(private readonly reason: string) {}

  add(heading: string, item: string): void {
    if (this.run.length === 0) this.runHeading = heading;
    this.run.push(item);
  }

  /** Ends the current run: the next stray item starts a new report entry. */
  flush(): void {
    if (this.run.length > 0)
      this.found.push({ heading: this.runHeading, text: this.run.join('\n'), reason: this.reason });
    this.run = [];
  }
}
