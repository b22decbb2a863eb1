import { useMemo } from "react";
import { HashRouter, Navigate, Route, Routes, useParams } from "react-router-dom";
import { createApi, type Api } from "../api/client";
import type { ConsoleLocation } from "../auth/location";
import type { Session } from "../auth/session";
import { ErrorView, Loading } from "../shared/LoadState";
import { PageErrorBoundary } from "../shared/PageErrorBoundary";
import { useLoader } from "../shared/useLoader";
import { ConsoleContext, type Console, type Permissions } from "./ConsoleContext";
import { ConsoleLayout } from "./ConsoleLayout";
import { RealmRefused } from "./RealmRefused";
import { rightsIn } from "./rights";
import { routes } from "./routes";

export function App({ location, session }: { location: ConsoleLocation; session: Session }) {
  const rootApi = useMemo(() => createApi(`${location.serverUrl}/admin`, session.token), [location, session]);
  const home = `/${encodeURIComponent(location.realm)}`;
  return (
    <HashRouter>
      <Routes>
        <Route path="/" element={<Navigate to={home} replace />} />
        {/* The self-service pages' short links, e.g. in an email: #/my-access, #/my-reviews. */}
        <Route path="/my-access" element={<Navigate to={`${home}/my-access`} replace />} />
        <Route path="/my-reviews" element={<Navigate to={`${home}/my-reviews`} replace />} />
        <Route path="/:realm/*" element={<KeyedRealmScope location={location} session={session} rootApi={rootApi} />} />
      </Routes>
    </HashRouter>
  );
}

interface ScopeProps {
  location: ConsoleLocation;
  session: Session;
  rootApi: Api;
}

/**
 * A realm picked afresh starts afresh: every state under it (the rights read, each page's data, search and
 * selection) is the previous realm's, so the whole scope mounts anew rather than show or send any of it there.
 */
function KeyedRealmScope(props: ScopeProps) {
  const realm = useParams().realm ?? props.location.realm;
  return <RealmScope key={realm} realm={realm} {...props} />;
}

/** Everything under `#/{realm}/`: the managed realm's API, what the admin may do there, and its pages. */
function RealmScope({ realm, location, session, rootApi }: ScopeProps & { realm: string }) {
  const api = useMemo(
    () => createApi(`${location.serverUrl}/admin/realms/${encodeURIComponent(realm)}`, session.token),
    [location, session, realm],
  );
  const userApi = useMemo(
    () => createApi(`${location.serverUrl}/realms/${encodeURIComponent(location.realm)}/runtime-access`, session.token),
    [location, session],
  );
  const [permissions, reload] = useLoader(() => rightsIn(api, realm, location.realm), [api]);
  // Only master admins manage other realms; anyone else stays in the realm they signed in to.
  if (location.realm !== "master" && realm !== location.realm) {
    return <Navigate to={`/${encodeURIComponent(location.realm)}`} replace />;
  }
  if (permissions.state === "loading") return <Loading />;
  const console: Console | null =
    permissions.state === "ready"
      ? { loginRealm: location.realm, realm, username: session.username, permissions: permissions.data, api, userApi }
      : null;
  return (
    <ConsoleContext.Provider value={console}>
      {console ? (
        <ConsoleLayout rootApi={rootApi} onSignOut={session.signOut}>
          <Routes>
            {routes
              .filter((route) => route.visible(console.permissions))
              .map((route) => (
                <Route key={route.path} path={route.path} element={<PageErrorBoundary key={route.path}>{route.element}</PageErrorBoundary>} />
              ))}
            <Route path="*" element={<FirstPage permissions={console.permissions} />} />
          </Routes>
        </ConsoleLayout>
      ) : (
        <RealmRefused error={(permissions as { error: Error }).error} onRetry={reload} realm={realm}
          loginRealm={location.realm} onSignOut={session.signOut} />
      )}
    </ConsoleContext.Provider>
  );
}

function FirstPage({ permissions }: { permissions: Permissions }) {
  const first = routes.find((route) => route.nav && route.visible(permissions));
  return first ? <Navigate to={first.path} replace /> : <ErrorView error={new Error("no permission")} />;
}
