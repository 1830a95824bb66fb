// What the user reads when the app cannot go on: what happened and what to do, in plain words, never a
// stack trace. Main shows these with dialog.showMessageBox; the wording is decided (and tested) here.
import type { ConfirmDialog } from './externalLinks.ts';

export type Failure =
  | { kind: 'load-failed'; code: number; description: string }
  | { kind: 'renderer-gone'; reason: string }
  | { kind: 'unresponsive' }
  | { kind: 'pack-missing'; path: string }
  | { kind: 'pack-refused'; path: string; problems: string[]; installed: boolean }
  | { kind: 'start-exception'; error: unknown; started: boolean };

export interface FailureDialog extends ConfirmDialog {
  type: 'error' | 'warning';
}

/** The first line of an error's message, bounded: enough to quote to IT, never a stack. */
export function shortError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = (text.split('\n').find((l) => l.trim()) ?? 'unknown error').trim();
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/** Titled Wardbook, the first button the default; Escape picks `cancelId`, the last button unless given. */
function dialog(
  type: FailureDialog['type'],
  message: string,
  detail: string,
  buttons: string[],
  cancelId = buttons.length - 1,
): FailureDialog {
  return { type, title: 'Wardbook', message, detail, buttons, defaultId: 0, cancelId };
}

const SUPPORT = 'If it happens again, tell your IT service desk and quote this message.';

export function failureDialog(failure: Failure): FailureDialog {
  switch (failure.kind) {
    case 'load-failed':
      return dialog(
        'error',
        'Wardbook could not load its window.',
        `The screen did not load (${failure.description || 'error'} ${failure.code}). Choose Try again; if that fails, quit and start Wardbook again. ${SUPPORT}`,
        ['Try again', 'Quit'],
      );
    case 'renderer-gone':
      return dialog(
        'error',
        'The Wardbook window stopped working.',
        `Its screen process ended (${failure.reason}). A medication list that was not saved to a file is lost: re-enter it after reopening. Choose Reopen to load the window again. ${SUPPORT}`,
        ['Reopen', 'Quit'],
      );
    case 'unresponsive':
      return dialog(
        'warning',
        'Wardbook is not responding.',
        'It may still be working on a long list or search. Choose Wait to give it more time. Reload starts the window again and clears any medication list that was not saved to a file.',
        ['Wait', 'Reload'],
        0,
      );
    case 'pack-missing':
      return dialog(
        'error',
        'Wardbook cannot find its data pack.',
        `The drug data file is missing: ${failure.path}\n\nWardbook cannot show any drug information without it. Reinstall Wardbook, or ask your IT service desk to restore the data pack. ${SUPPORT}`,
        ['Quit'],
      );
    case 'pack-refused':
      return dialog(
        'error',
        failure.installed
          ? 'The installed data pack is damaged or not meant for this version of Wardbook.'
          : 'Wardbook’s data pack is damaged or not meant for this version of Wardbook.',
        `${failure.path}\n\n${failure.problems
          .slice(0, 6)
          .map((p) => `• ${p}`)
          .join('\n')}\n\nWardbook will not show drug information from it. ${
          failure.installed
            ? 'Choose “Use the built-in pack” to go on with the data pack that came with Wardbook, then import a sound pack again.'
            : 'Reinstall Wardbook, or ask your IT service desk for a sound data pack.'
        } ${SUPPORT}`,
        failure.installed ? ['Use the built-in pack', 'Quit'] : ['Quit'],
      );
    case 'start-exception':
      return dialog(
        'error',
        failure.started ? 'Wardbook hit an unexpected error and must close.' : 'Wardbook could not start.',
        `What went wrong: ${shortError(failure.error)}\n\n${
          failure.started ? 'A medication list that was not saved to a file is lost. ' : ''
        }Start Wardbook again. ${SUPPORT}`,
        ['Quit'],
      );
  }
}
