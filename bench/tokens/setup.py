#!/usr/bin/env python3
"""Realm 'tokens' for the token issuance benchmark: three confidential clients whose service accounts carry
the same user attributes, issuing access tokens by client credentials.
- runtime: the runtime-attributes-token-mapper (the claim contract, one mapper);
- stock: Keycloak's own mappers producing the same claims: two multivalued User Attribute mappers, a boolean
  User Attribute mapper and a Hardcoded claim mapper with the realm's id;
- none: neither, the cost of a token without these claims.
Checks that the runtime and stock tokens carry the same four claims, then writes the requests to
bench/target/http/tokens.json (argument 1)."""
import base64
import json
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from keycloak_admin import admin, call, token  # noqa: E402
REALM = "tokens"
ATTRIBUTES = {"flowxIdPGroups": ["Finance Reviewers", "Claims", "EMEA Approvers"],
              "businessFilter": ["EMEA", "APAC"], "designerUser": ["true"]}
OUT = sys.argv[1]


def attribute_mapper(name, attribute, claim, json_type, multivalued):
    return {"name": name, "protocol": "openid-connect", "protocolMapper": "oidc-usermodel-attribute-mapper",
            "config": {"user.attribute": attribute, "claim.name": claim, "jsonType.label": json_type,
                       "multivalued": str(multivalued).lower(), "access.token.claim": "true",
                       "id.token.claim": "false", "userinfo.token.claim": "false", "introspection.token.claim": "true"}}


def mappers(kind, realm_id):
    if kind == "runtime":
        return [{"name": "runtime attributes", "protocol": "openid-connect",
                 "protocolMapper": "runtime-attributes-token-mapper",
                 "config": {"access.token.claim": "true", "id.token.claim": "false", "userinfo.token.claim": "false",
                            "introspection.token.claim": "true"}}]
    if kind == "stock":
        return [attribute_mapper("groups", "flowxIdPGroups", "attributes.runtimeGroups", "String", True),
                attribute_mapper("filters", "businessFilter", "attributes.businessFilters", "String", True),
                attribute_mapper("designer", "designerUser", "attributes.designerUser", "boolean", False),
                {"name": "organization", "protocol": "openid-connect", "protocolMapper": "oidc-hardcoded-claim-mapper",
                 "config": {"claim.name": "org_id", "claim.value": realm_id, "jsonType.label": "String",
                            "access.token.claim": "true", "id.token.claim": "false", "userinfo.token.claim": "false",
                            "introspection.token.claim": "true"}}]
    return []


def claims(access_token):
    payload = access_token.split(".")[1]
    payload = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return {"attributes": payload.get("attributes"), "org_id": payload.get("org_id")}


def main():
    t = admin()
    call("POST", "/admin/realms", t, {"realm": REALM, "enabled": True})
    r = f"/admin/realms/{REALM}"
    realm_id = call("GET", r, t)["id"]
    profile = call("GET", r + "/users/profile", t)
    profile["unmanagedAttributePolicy"] = "ADMIN_EDIT"
    call("PUT", r + "/users/profile", t, profile)
    forms = {}
    for kind in ("runtime", "stock", "none"):
        client_id = f"issuer-{kind}"
        call("POST", r + "/clients", t, {"clientId": client_id, "secret": f"{kind}-secret", "publicClient": False,
                                         "serviceAccountsEnabled": True, "standardFlowEnabled": False,
                                         "protocolMappers": mappers(kind, realm_id)})
        cid = call("GET", r + f"/clients?clientId={client_id}", t)[0]["id"]
        account = call("GET", r + f"/clients/{cid}/service-account-user", t)
        account["attributes"] = ATTRIBUTES
        call("PUT", r + f"/users/{account['id']}", t, account)
        forms[kind] = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": f"{kind}-secret"}
    issued = {kind: claims(token(REALM, form)) for kind, form in forms.items()}
    expected = {"attributes": {"runtimeGroups": ATTRIBUTES["flowxIdPGroups"],
                               "businessFilters": ATTRIBUTES["businessFilter"], "designerUser": True},
                "org_id": realm_id}
    for kind in ("runtime", "stock"):
        if issued[kind] != expected:
            raise SystemExit(f"the {kind} token carries {issued[kind]}, expected {expected}")
    if issued["none"] != {"attributes": None, "org_id": None}:
        raise SystemExit(f"the none token carries {issued['none']}")
    print(f"  runtime and stock tokens carry the same claims: {json.dumps(expected)}")
    with open(OUT, "w") as out:
        json.dump({kind: {"path": f"/realms/{REALM}/protocol/openid-connect/token",
                          "body": urllib.parse.urlencode(form)} for kind, form in forms.items()}, out)


if __name__ == "__main__":
    main()
