// The server's version, read by name: `SHOW server_version_num` answers in a column named after
// the setting, so reading any other column silently gives undefined (and NaN as a number).
import type pg from "pg";

export type TServerVersion = { num: number; major: number; text: string };

export async function serverVersion(client: pg.ClientBase): Promise<TServerVersion> {
  const { rows } = await client.query<{ num: string; text: string }>(
    "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS text",
  );
  const num = Number(rows[0].num);
  if (!Number.isInteger(num) || num <= 0) throw new Error(`Unreadable server version: ${rows[0].num}`);
  return { num, major: Math.floor(num / 10000), text: rows[0].text };
}
