/** Where the dashboard's screenshot lives in the repository, and how large it may be. */

/** The screenshot the README shows, relative to the repository root. */
export const SCREENSHOT = 'docs/dashboard.png';

/** Its size limit: the README's one picture should not weigh on every clone of the repository. */
export const SCREENSHOT_MAX_BYTES = 150 * 1024;
