export function uploadMaxMb(env: Record<string, string | undefined>): number;
export function actionBodyLimitBytes(mb: number): number;
