/** The only errors bersih throws on purpose; anything else is a bug. */

/** A bad option or rule: the run cannot start. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A file that cannot be cleaned; the run goes on with the other files. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly path: string,
    /** A short snake_case code a script can match (`not_found`, `binary`, `invalid_utf8`, ...). */
    readonly code: string,
    /** The cause alone, without the path ("is not valid UTF-8 text"). */
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}

/**
 * The outputs cannot be written at all (disk full, read-only file system): unlike a bad input, no
 * later file would fare better, so the run stops. Files already written are complete.
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    readonly path: string,
    /** `disk_full` or `read_only`. */
    readonly code: string,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
  }
}
