// The events a person can be notified of. Its own module, free of zod, so the settings form in the
// browser does not pull zod in (zod probes eval, which the CSP reports as a violation).
export const NOTIFICATION_EVENTS = ["mark", "absence", "finalMark", "homework", "message", "announcement"] as const;
