/**
 * Runs on a fixture site's page (tests/e2e/fixtures/), sent there by tests/e2e/in-page.ts: what the fixture's
 * own script (`window.panduFixture`) offers a test or a script.
 */

/** The text of the open composer, from Lexical's own editor state; null when none is open. */
export const composerText = (): string | null => window.panduFixture.composerText();

/** Opens the composer at the step with the editor. */
export const openComposer = (): void => window.panduFixture.openComposer();

/** Mutates the feed as Facebook's does, for `ms`. */
export const churn = (ms: number): Promise<number> => window.panduFixture.churn(ms);
