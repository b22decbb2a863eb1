#!/usr/bin/env python3
"""Creates the benchmark realm on a running Keycloak and checks that the two ways of asking agree.

The question, asked both ways: "may user U do ACTION on swimlane 'approval' of solution 'Loans'?".
- Runtime Access: runtime roles user and approver; build 2 of solution Loans has swimlane approval with
  view: [user, approver] and execute: [approver]; every user has a grant of user, even ones also approver.
  A service account with runtime-access-checker asks the AuthZEN evaluation endpoint.
- Keycloak Authorization Services: realm roles bench-user and bench-approver given to the same users;
  resource server client 'loans' with resource 'approval' and scopes view and execute; role policies;
  scope permissions view -> user or approver, execute -> approver. The user asks with its own token,
  grant_type=urn:ietf:params:oauth:grant-type:uma-ticket and response_mode=decision.
Writes the tokens and request bodies the wrk scripts send to bench/target/http/requests.json.
"""
import json
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from keycloak_admin import admin, token  # noqa: E402
from keycloak_admin import exchange as call  # noqa: E402  (status and answer)
REALM = "bench"
USERS = 20
OUT = sys.argv[1]


def main():
    t = admin()
    call("POST", "/admin/realms", t, {"realm": REALM, "enabled": True, "accessTokenLifespan": 7200,
                                       "ssoSessionIdleTimeout": 7200, "ssoSessionMaxLifespan": 36000})
    r = f"/admin/realms/{REALM}"
    for role in ("bench-user", "bench-approver", "runtime-access-checker"):
        call("POST", r + "/roles", t, {"name": role})
    roles = {role["name"]: role for role in call("GET", r + "/roles", t)[1]}
    for i in range(1, USERS + 1):
        name = f"user{i}"
        call("POST", r + "/users", t, {"username": name, "enabled": True, "email": f"{name}@bench.example",
                                       "emailVerified": True, "firstName": name, "lastName": "Bench",
                                       "credentials": [{"type": "password", "value": name, "temporary": False}]})
        uid = call("GET", r + f"/users?username={name}&exact=true", t)[1][0]["id"]
        granted = [roles["bench-user"]] + ([roles["bench-approver"]] if i % 2 == 0 else [])
        call("POST", r + f"/users/{uid}/role-mappings/realm", t, granted)
    call("POST", r + "/clients", t, {"clientId": "bench-cli", "publicClient": True, "directAccessGrantsEnabled": True,
                                     "standardFlowEnabled": False})
    # The checker role counts only on tokens whose audience names the check API.
    call("POST", r + "/clients", t, {"clientId": "checker", "secret": "checker-secret", "publicClient": False,
                                     "serviceAccountsEnabled": True, "standardFlowEnabled": False,
                                     "protocolMappers": [{"name": "check API audience", "protocol": "openid-connect",
                                         "protocolMapper": "oidc-audience-mapper",
                                         "config": {"included.custom.audience": "runtime-access",
                                                    "access.token.claim": "true"}}]})
    checker = call("GET", r + "/clients?clientId=checker", t)[1][0]["id"]
    sa = call("GET", r + f"/clients/{checker}/service-account-user", t)[1]["id"]
    call("POST", r + f"/users/{sa}/role-mappings/realm", t, [roles["runtime-access-checker"]])

    # Keycloak Authorization Services: the same rule as role-based permissions.
    call("POST", r + "/clients", t, {"clientId": "loans", "secret": "loans-secret", "publicClient": False,
                                     "serviceAccountsEnabled": True, "authorizationServicesEnabled": True,
                                     "standardFlowEnabled": False})
    loans = call("GET", r + "/clients?clientId=loans", t)[1][0]["id"]
    authz = r + f"/clients/{loans}/authz/resource-server"
    for default in call("GET", authz + "/permission", t)[1]:
        call("DELETE", authz + f"/permission/{default['id']}", t)
    for default in call("GET", authz + "/policy", t)[1]:
        call("DELETE", authz + f"/policy/{default['id']}", t, expect=(200, 204, 404))
    for default in call("GET", authz + "/resource", t)[1]:
        call("DELETE", authz + f"/resource/{default['_id']}", t)
    for scope in ("view", "execute"):
        call("POST", authz + "/scope", t, {"name": scope})
    call("POST", authz + "/resource", t, {"name": "approval", "scopes": [{"name": "view"}, {"name": "execute"}]})
    for policy, role in (("user-policy", "bench-user"), ("approver-policy", "bench-approver")):
        call("POST", authz + "/policy/role", t, {"name": policy, "logic": "POSITIVE",
                                                   "roles": [{"id": roles[role]["id"], "required": False}]})
    call("POST", authz + "/permission/scope", t, {"name": "view-approval", "resources": ["approval"],
                                                   "scopes": ["view"], "decisionStrategy": "AFFIRMATIVE",
                                                   "policies": ["user-policy", "approver-policy"]})
    call("POST", authz + "/permission/scope", t, {"name": "execute-approval", "resources": ["approval"],
                                                   "scopes": ["execute"], "decisionStrategy": "AFFIRMATIVE",
                                                   "policies": ["approver-policy"]})

    # Runtime Access: the same rule as a build's swimlane permissions and grants.
    ra = r + "/runtime-access"
    call("POST", ra + "/roles", t, {"name": "approver"})
    solution = call("POST", ra + "/solutions", t, {"name": "Loans"})[1]["id"]
    build = call("POST", ra + f"/solutions/{solution}/builds", t, {
        "name": "2", "roles": ["user", "approver"],
        "resources": [{"name": "approval", "kind": "swimlane",
                       "permissions": {"view": ["user", "approver"], "execute": ["approver"]}}]})[1]["id"]
    call("PUT", ra + f"/solutions/{solution}/active-build", t, {"buildId": build})
    for i in range(1, USERS + 1):
        call("POST", ra + f"/solutions/{solution}/grants", t, {"principal": {"type": "user", "name": f"user{i}"},
                                                                "role": "user"})
        if i % 2 == 0:
            call("POST", ra + f"/solutions/{solution}/grants", t, {"principal": {"type": "user", "name": f"user{i}"},
                                                                    "role": "approver"})

    checker_token = token(REALM, {"grant_type": "client_credentials", "client_id": "checker",
                                  "client_secret": "checker-secret"})
    user_tokens = {i: token(REALM, {"grant_type": "password", "client_id": "bench-cli", "username": f"user{i}",
                                    "password": f"user{i}"}) for i in (1, 2)}

    def authzen(i, action):
        body = {"subject": {"type": "user", "id": f"user{i}"}, "action": {"name": action},
                "resource": {"type": "swimlane", "id": "approval", "properties": {"solution": solution}}}
        return body, call("POST", f"/realms/{REALM}/runtime-access/access/v1/evaluation", checker_token, body)[1]["decision"]

    def uma(i, action):
        form = {"grant_type": "urn:ietf:params:oauth:grant-type:uma-ticket", "audience": "loans",
                "permission": f"approval#{action}", "response_mode": "decision"}
        status, answer = call("POST", f"/realms/{REALM}/protocol/openid-connect/token", user_tokens[i], form=form,
                              expect=(200, 403))
        return form, status == 200 and answer.get("result") is True

    for i in (1, 2):
        for action in ("view", "execute"):
            a, b = authzen(i, action)[1], uma(i, action)[1]
            expected = action == "view" or i % 2 == 0
            if a != expected or b != expected:
                raise SystemExit(f"user{i} {action}: AuthZEN says {a}, Authorization Services says {b}, "
                                 f"expected {expected}")
            print(f"  user{i} {action}: both say {a}")

    # The measured question: may user2 (an approver) execute approval? Both answer yes.
    body, _ = authzen(2, "execute")
    form, _ = uma(2, "execute")
    with open(OUT, "w") as out:
        json.dump({"authzen": {"path": f"/realms/{REALM}/runtime-access/access/v1/evaluation",
                               "token": checker_token, "body": json.dumps(body)},
                   "uma": {"path": f"/realms/{REALM}/protocol/openid-connect/token", "token": user_tokens[2],
                           "body": urllib.parse.urlencode(form)}}, out)


if __name__ == "__main__":
    main()
