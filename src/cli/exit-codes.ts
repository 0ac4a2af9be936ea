/**
 * The exit status of `bersih`, the same numbers the README documents. Scripts branch on these, so
 * they never change meaning.
 */

/** Every input file was cleaned and written. */
export const EXIT_OK = 0;
/** Some files failed or had no text left; the others were still written. */
export const EXIT_FILE_ERRORS = 1;
/** Usage error, bad option, or nothing to do (no input matched at all); nothing was written. */
export const EXIT_USAGE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_FILE_ERRORS | typeof EXIT_USAGE;

/** Interrupted by SIGINT (Ctrl-C) / SIGTERM: 128 + the signal number, as shells report it. */
export const EXIT_SIGINT = 130;
export const EXIT_SIGTERM = 143;
