import {
  Button,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  MastheadToggle,
  Nav,
  NavGroup,
  NavItem,
  NavList,
  Page,
  PageSidebar,
  PageSidebarBody,
  PageToggleButton,
  SkipToContent,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from "@patternfly/react-core";
import { BarsIcon } from "@patternfly/react-icons";
import { useEffect, type ReactNode } from "react";
import { matchPath, NavLink, useLocation } from "react-router-dom";
import type { Api } from "../api/client";
import { t } from "../messages";
import { useConsole } from "./ConsoleContext";
import { RealmSelector } from "./RealmSelector";
import { routes, type ConsoleRoute } from "./routes";

export const MAIN_CONTENT_ID = "runtime-access-main";
/** Performance mark set when the chrome first shows with a page; the browser tests report its time. */
export const FIRST_RENDER_MARK = "runtime-access:first-render";
let firstRenderMarked = false;

/** Keycloak-style chrome: masthead with realm and user, sidebar navigation, and the page. */
export function ConsoleLayout({ rootApi, onSignOut, children }: { rootApi: Api; onSignOut: () => void; children: ReactNode }) {
  const console = useConsole();
  useEffect(() => {
    // Once per page load: a realm switch remounts the layout but is no first render.
    if (!firstRenderMarked) {
      firstRenderMarked = true;
      performance.mark(FIRST_RENDER_MARK);
    }
  }, []);
  const base = `/${encodeURIComponent(console.realm)}`;
  const location = useLocation();
  const masthead = (
    <Masthead>
      <MastheadToggle>
        <PageToggleButton variant="plain" aria-label={t("navigation")}>
          <BarsIcon />
        </PageToggleButton>
      </MastheadToggle>
      <MastheadMain>
        <MastheadBrand component="span">{t("appName")}</MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight>
          <ToolbarContent>
            <ToolbarGroup align={{ default: "alignRight" }}>
              {console.loginRealm === "master" && (
                <ToolbarItem>
                  <RealmSelector rootApi={rootApi} realm={console.realm} />
                </ToolbarItem>
              )}
              <ToolbarItem>{console.username}</ToolbarItem>
              <ToolbarItem>
                <Button variant="secondary" onClick={onSignOut}>
                  {t("signOut")}
                </Button>
              </ToolbarItem>
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
  const sidebar = (
    <PageSidebar>
      <PageSidebarBody>
        <Nav aria-label={t("navigation")}>
          {navSections(routes.filter((route) => route.nav && route.visible(console.permissions))).map(([group, entries]) => {
            const items = entries.map((route) => (
              // NavItem styles its child link and sets its aria-current itself, from isActive (over NavLink's own)
              <NavItem key={route.path} isActive={matchPath({ path: `${base}/${route.path}`, end: false }, location.pathname) !== null}>
                <NavLink to={`${base}/${route.path}`}>
                  {t(route.nav!)}
                </NavLink>
              </NavItem>
            ));
            return group ? (
              <NavGroup key={group} title={t(group)}>
                {items}
              </NavGroup>
            ) : (
              <NavList key="main">{items}</NavList>
            );
          })}
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
  return (
    <Page
      header={masthead}
      sidebar={sidebar}
      isManagedSidebar
      skipToContent={
        // The hash holds the route, so the skip link moves focus itself instead of changing the hash.
        <SkipToContent
          href="#"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(MAIN_CONTENT_ID)?.focus();
          }}
        >
          {t("skipToContent")}
        </SkipToContent>
      }
      mainContainerId={MAIN_CONTENT_ID}
    >
      {children}
    </Page>
  );
}

/** Sidebar sections in route order: the ungrouped entries, then each group with its entries. */
function navSections(visible: ConsoleRoute[]): [ConsoleRoute["group"], ConsoleRoute[]][] {
  const sections = new Map<ConsoleRoute["group"], ConsoleRoute[]>();
  for (const route of visible) sections.set(route.group, [...(sections.get(route.group) ?? []), route]);
  return [...sections.entries()];
}
