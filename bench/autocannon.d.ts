// The part of autocannon 9's API the harness uses (the package ships no types).
declare module "autocannon" {
  type THeaders = Record<string, string>;
  export type TRequest = { method?: string; path?: string; headers?: THeaders; body?: string | Buffer };
  export type TRequestDef = TRequest & {
    setupRequest?: (req: TRequest, context: Record<string, unknown>) => TRequest | undefined;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => void;
  };
  export type TOptions = { url: string; connections: number; duration: number; pipelining?: number; timeout?: number; requests?: TRequestDef[] };
  export type TResult = { errors: number; timeouts: number; non2xx: number; duration: number; requests: { total: number } };
  export type TInstance = Promise<TResult> & {
    on(event: "response", cb: (client: unknown, status: number, bytes: number, responseTimeMs: number) => void): TInstance;
    stop(): void;
  };
  function autocannon(opts: TOptions): TInstance;
  export default autocannon;
}
