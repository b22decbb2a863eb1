#!/usr/bin/env python3
"""Realm 'logins' for the login benchmark: 50 users, a direct-grant client, a cheap password hash (so the
login path is short and any cost of the event listener shows), and admin events off. The listener and
the webhook are switched on and off by `mode` between runs.
  setup.py create            creates the realm
  setup.py mode off|on|dead-webhook"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from keycloak_admin import admin, call  # noqa: E402
REALM = "logins"


def create():
    t = admin()
    call("POST", "/admin/realms", t, {"realm": REALM, "enabled": True, "passwordPolicy": "hashAlgorithm(pbkdf2-sha256) and hashIterations(1)"})
    call("POST", f"/admin/realms/{REALM}/clients", t, {"clientId": "bench-cli", "publicClient": True,
                                                        "directAccessGrantsEnabled": True,
                                                        "standardFlowEnabled": False})
    for i in range(1, 51):
        call("POST", f"/admin/realms/{REALM}/users", t, {
            "username": f"user{i}", "enabled": True, "email": f"user{i}@logins.example", "emailVerified": True,
            "firstName": "User", "lastName": str(i),
            "credentials": [{"type": "password", "value": f"user{i}", "temporary": False}]})


def mode(name):
    t = admin()
    listeners = ["jboss-logging"] + (["runtime-access-events"] if name != "off" else [])
    call("PUT", f"/admin/realms/{REALM}", t, {"eventsListeners": listeners})
    if name != "off":
        # Port 9 (discard) has no listener here: every delivery fails and is retried with backoff.
        url = "http://127.0.0.1:9/findings" if name == "dead-webhook" else ""
        call("PUT", f"/admin/realms/{REALM}/anomaly-findings/settings", t, {"webhookUrl": url,
                                                                            "webhookSecret": "s" if url else ""})


if __name__ == "__main__":
    create() if sys.argv[1] == "create" else mode(sys.argv[2])
