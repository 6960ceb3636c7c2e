// Content-derived ids: the same input gives the same id in every build, so dashboards' links survive.

import { createHash } from 'node:crypto';

export function hashId(prefix: string, content: string): string {
  return `${prefix}${createHash('sha256').update(content).digest('hex').slice(0, 16)}`;
}
