/**
 * The desktop app's page is served from its own scheme, not file://: a file:// page shares its origin
 * with every local file, and the grantFileProtocolExtraPrivileges fuse is off.
 */
export const APP_SCHEME = 'guftagu-app';
export const APP_HOST = 'app';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Standard (relative URLs, an origin of its own), secure (like https), fetchable (module scripts). */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
};
