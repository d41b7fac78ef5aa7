/** How many posts a list on the log page names before it says "and N more". */
export const LISTED = 50;

/** A post's text cut to one short line, for lists that name posts. */
export const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text).replace(/\s+/g, ' ');
