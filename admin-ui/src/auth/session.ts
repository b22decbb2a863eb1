import Keycloak from "keycloak-js";
import type { TokenSource } from "../api/client";
import type { ConsoleLocation } from "./location";

/** The public client the extension provides in every realm (PKCE S256, redirects only to the console). */
export const CONSOLE_CLIENT_ID = "runtime-access-console";

export interface Session {
  username: string;
  token: TokenSource;
  signOut: () => void;
}

/**
 * Signs in with authorization code + PKCE. keycloak-js keeps the tokens in memory only; nothing is written
 * to localStorage except its short-lived login state, which it removes once the code is exchanged.
 */
export async function signIn(location: ConsoleLocation): Promise<Session> {
  const keycloak = new Keycloak({ url: location.serverUrl, realm: location.realm, clientId: CONSOLE_CLIENT_ID });
  await keycloak.init({
    onLoad: "login-required",
    pkceMethod: "S256",
    responseMode: "query",
    checkLoginIframe: false,
    enableLogging: false,
  });
  return {
    username: (keycloak.tokenParsed?.preferred_username as string | undefined) ?? "",
    token: async (renew) => {
      // Refresh a little ahead of expiry so a request never leaves with a token about to lapse; renew at once when
      // the server refused the token. A session that has ended cannot be renewed: sign in again.
      try {
        await keycloak.updateToken(renew ? -1 : 30);
      } catch (error) {
        await keycloak.login();
        throw error;
      }
      return keycloak.token ?? "";
    },
    signOut: () => void keycloak.logout({ redirectUri: window.location.href.split("#")[0] }),
  };
}
