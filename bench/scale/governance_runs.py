#!/usr/bin/env python3
"""Times access-intelligence runs on the 'apj' realm that bench/scale/apj.py loaded: three `POST runs`
(the first also warms the server up), the run each answers (users, seconds, proposals by category), and the
three reports. Prints one JSON line."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from keycloak_admin import call, token  # noqa: E402

REALM = "apj"


def admin_token():
    return token("master", {"grant_type": "password", "client_id": "admin-cli", "username": "admin",
                            "password": "admin"})


def main():
    base = f"/admin/realms/{REALM}/runtime-access/governance"
    runs = []
    for _ in range(3):
        started = time.monotonic()
        run = call("POST", base + "/runs", admin_token())
        runs.append({"wall_seconds": round(time.monotonic() - started, 2), "run": run})
    reports = {}
    for report in ("dormant", "unused", "reconciliation"):
        started = time.monotonic()
        call("GET", base + "/reports/" + report, admin_token())
        reports[report] = round(time.monotonic() - started, 2)
    print(json.dumps({"runs": runs, "report_seconds": reports}))


if __name__ == "__main__":
    main()
