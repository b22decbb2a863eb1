/** Where the console runs: the Keycloak base URL and the realm the admin signs in to, read from the page's path. */
export interface ConsoleLocation {
  serverUrl: string;
  realm: string;
}

const CONSOLE_PATH = /^(.*)\/realms\/([^/]+)\/runtime-access\/console(?:\/|$)/;

export function consoleLocation(pathname: string, origin: string): ConsoleLocation {
  const match = CONSOLE_PATH.exec(pathname);
  if (!match) {
    throw new Error(`not a console path: ${pathname}`);
  }
  return { serverUrl: origin + match[1], realm: decodeURIComponent(match[2]) };
}
