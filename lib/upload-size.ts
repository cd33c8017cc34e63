// The upload limit as the app's code reads it: the number next.config.js put into the build
// (BELEM_UPLOAD_MAX_MB, the same in the browser), else UPLOAD_MAX_MB itself (tests, scripts).
import { actionBodyLimitBytes, uploadMaxMb } from "./upload-limit.mjs";

export const UPLOAD_MAX_MB = uploadMaxMb({ UPLOAD_MAX_MB: process.env.BELEM_UPLOAD_MAX_MB ?? process.env.UPLOAD_MAX_MB });
export const UPLOAD_MAX_BYTES = UPLOAD_MAX_MB * 1024 * 1024;
export const ACTION_BODY_LIMIT_BYTES = actionBodyLimitBytes(UPLOAD_MAX_MB);
