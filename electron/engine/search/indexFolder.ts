import path from 'node:path';

/**
 * Where a workspace keeps its search index: beside `sessions/`, not inside any session folder, so a
 * session folder copied to another machine carries no index (the other machine indexes it itself).
 */
export const searchIndexFolder = (workspacePath: string) => path.join(workspacePath, '.index', 'search');
