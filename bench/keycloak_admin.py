"""The few Keycloak HTTP calls the benchmark scripts make (admin API, token endpoint), with the standard
library only. The server is $KC_URL (default http://localhost:8280, the benchmark Keycloak)."""
import json
import os
import urllib.error
import urllib.parse
import urllib.request

BASE = os.environ.get("KC_URL", "http://localhost:8280")


def exchange(method, path, token=None, body=None, form=None, expect=(200, 201, 204), timeout=600):
    """Sends a JSON body or a form; returns (status, parsed JSON or text). Stops the script on a status
    outside `expect` (pass expect=None to get any status back)."""
    headers = {}
    data = None
    if token:
        headers["Authorization"] = "Bearer " + token
    if body is not None:
        headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode()
    if form is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        data = urllib.parse.urlencode(form).encode()
    request = urllib.request.Request(BASE + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, text = response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        status, text = error.code, error.read().decode()
    if expect and status not in expect:
        raise SystemExit(f"{method} {path} answered {status}: {text[:2000]}")
    return status, (json.loads(text) if text.strip().startswith(("{", "[")) else text)


def call(method, path, token=None, body=None, form=None, expect=(200, 201, 204)):
    """As exchange, returning only the answer."""
    return exchange(method, path, token, body, form, expect)[1]


def token(realm, form):
    return call("POST", f"/realms/{realm}/protocol/openid-connect/token", form=form)["access_token"]


def admin():
    """A token of the master realm's admin (the benchmark Keycloak's bootstrap admin admin/admin)."""
    return token("master", {"grant_type": "password", "client_id": "admin-cli", "username": "admin",
                            "password": "admin"})
