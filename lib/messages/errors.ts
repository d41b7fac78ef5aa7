import type { MessageRef, MessageValue, Say } from './format';

/**
 * The one error Pandu throws at a person: it carries a message reference, said in the admin's language where
 * it is shown (`errorText`). Its `message` is the reference as data, for logs and developers.
 */
export class PanduError extends Error {
  override name = 'PanduError';
  constructor(
    readonly reference: MessageRef,
    options?: ErrorOptions,
  ) {
    super(`${reference.key}${reference.values ? ` ${JSON.stringify(reference.values)}` : ''}`, options);
  }
}

/**
 * What a caught value says, as a message value to put inside another message: a Pandu error's reference, or
 * any other error's own words (a browser's or the background's, which Pandu cannot translate).
 */
export function errorMessage(error: unknown): MessageValue {
  if (error instanceof PanduError) return error.reference;
  return error instanceof Error ? error.message : String(error);
}

/** The one way a caught value becomes text: in the language of the translator of the surface showing it. */
export function errorText(error: unknown, t: Say): string {
  const said = errorMessage(error);
  return typeof said === 'string' ? said : t(said as MessageRef);
}
