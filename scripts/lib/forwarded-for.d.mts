import type { IncomingMessage, ServerResponse } from "node:http";

export function appendPeerAddress(req: IncomingMessage): void;
export const REFUSAL_HEADERS: Record<string, string>;
export function refuseForbiddenMethod(req: IncomingMessage, res: ServerResponse): boolean;
