import { Button, Flex, FlexItem } from "@patternfly/react-core";
import { t } from "../messages";
import { ErrorView } from "../shared/LoadState";

/**
 * What the console shows when it cannot learn the admin's rights in a realm (a 403 where the admin holds only a
 * role the console does not use, or a failed call): the error, and the ways out the masthead would give, back to
 * the realm the admin signed in to and signing out.
 */
export function RealmRefused({ error, onRetry, realm, loginRealm, onSignOut }: {
  error: Error;
  onRetry: () => void;
  realm: string;
  loginRealm: string;
  onSignOut: () => void;
}) {
  return (
    <>
      <ErrorView error={error} onRetry={onRetry} />
      <Flex justifyContent={{ default: "justifyContentCenter" }}>
        {realm !== loginRealm && (
          <FlexItem>
            <Button component="a" variant="secondary" href={`#/${encodeURIComponent(loginRealm)}`}>
              {t("backToRealm", { realm: loginRealm })}
            </Button>
          </FlexItem>
        )}
        <FlexItem>
          <Button variant="link" onClick={onSignOut}>
            {t("signOut")}
          </Button>
        </FlexItem>
      </Flex>
    </>
  );
}
