// How long a session lives. Imported by next-auth's options, by the session check and by the proxy
// that renews sessions in use; kept apart so the proxy does not import the database.
/** Idle timeout: a session unused this long ends (the JWT's expiry, renewed while in use). */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** Absolute lifetime from sign-in, however busy the session. */
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;
/** A token older than this is renewed on the next request. */
export const SESSION_UPDATE_SECONDS = 15 * 60;
