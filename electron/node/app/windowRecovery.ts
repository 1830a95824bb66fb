// What the window does about its own failures: which button does what, when a dialog is not needed, and
// which dialog gives way to a newer failure. main/window.ts only carries these answers out.
import { failureDialog, type Failure } from './failures.ts';

export type WindowFailure = Extract<Failure, { kind: 'load-failed' | 'renderer-gone' | 'unresponsive' }>;

/**
 * - `load`: load the app's page again (after a failed load or a renderer that is gone, a new process
 *   serves it).
 * - `restart-renderer`: the renderer hangs, so a navigation would queue behind it: end its process
 *   (`forcefullyCrashRenderer`), then `reload()`, which Electron then runs in a new process.
 * - `quit`, or `wait` (do nothing).
 */
export type Recovery = 'load' | 'restart-renderer' | 'quit' | 'wait';

const BY_BUTTON: Record<string, Recovery> = {
  'Try again': 'load',
  Reopen: 'load',
  Reload: 'restart-renderer',
  Wait: 'wait',
  Quit: 'quit',
};

/** The button chosen in `failureDialog(failure)` (null: no dialog was shown) → what main does. */
export function recoveryFor(failure: WindowFailure, response: number | null): Recovery {
  if (response === null) return 'wait';
  return BY_BUTTON[failureDialog(failure).buttons[response] ?? ''] ?? 'wait';
}

/**
 * Whether `render-process-gone` needs the user: not for a clean exit, and not for the process main
 * itself ended to restart a hung window (the reload is already under way).
 */
export function rendererGoneNeedsDialog(reason: string, restartRequested: boolean): boolean {
  if (reason === 'clean-exit') return false;
  return !(restartRequested && (reason === 'killed' || reason === 'crashed'));
}

/**
 * The "not responding" question is moot once the window responds again, or once it is gone or failed to
 * load (the newer failure's dialog replaces it). Every other dialog stays until the user answers.
 */
export function dismissesOpenDialog(
  open: Failure['kind'],
  event: 'responsive' | 'load-failed' | 'renderer-gone' | 'unresponsive',
): boolean {
  return open === 'unresponsive' && event !== 'unresponsive';
}
