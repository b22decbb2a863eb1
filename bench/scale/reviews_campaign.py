#!/usr/bin/env python3
"""Times an access-review campaign over N runtime grants on the benchmark Keycloak ($KC_URL, database $DB_NAME):
creates realm 'reviews-bench' with one solution and a fallback reviewer through the admin API, writes N users and
one grant each (granted 200 days ago, never used, so every item is suggested for revocation) straight into
USER_ENTITY and RA_GRANT with SQL, then times `POST campaigns` (scope: the solution's grants; default decision:
follow the recommendation; auto-apply) and `POST campaigns/{id}/close` (every item defaulted to revoke and every
grant revoked through the sharing code path), and the CSV evidence export. Prints one JSON line."""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from keycloak_admin import call, exchange, token  # noqa: E402

REALM = "reviews-bench"
DB = os.environ.get("DB_NAME", "runtime_access_reviews_perf")


def admin_token():
    return token("master", {"grant_type": "password", "client_id": "admin-cli", "username": "admin",
                            "password": "admin"})


def sql(statement):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DB, "-q", "-t", "-A", "-c", statement],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def setup(n):
    t = admin_token()
    call("POST", "/admin/realms", t, {"realm": REALM, "enabled": True})
    realm_id = call("GET", f"/admin/realms/{REALM}", t)["id"]
    base = f"/admin/realms/{REALM}/runtime-access"
    call("POST", base + "/roles", t, {"name": "approver"})
    solution = call("POST", base + "/solutions", t, {"name": "Payments"})["id"]
    build = call("POST", base + f"/solutions/{solution}/builds", t,
                 {"name": "2", "roles": ["user", "approver"], "resources": []})["id"]
    call("PUT", base + f"/solutions/{solution}/active-build", t, {"buildId": build})
    call("POST", f"/admin/realms/{REALM}/users", t, {"username": "auditor", "enabled": True})
    granted = int(time.time() * 1000) - 200 * 86_400_000
    started = time.monotonic()
    sql(f"INSERT INTO user_entity (id, email_constraint, email_verified, enabled, realm_id, username,"
        f" created_timestamp, not_before) SELECT 'bu-' || g, 'bu-' || g, false, true, '{realm_id}',"
        f" 'bench-user-' || g, {granted}, 0 FROM generate_series(1, {n}) g")
    sql(f"INSERT INTO ra_grant (id, realm_id, solution_id, principal_type, principal_id, role_name, granted_by,"
        f" granted_at, source) SELECT 'bg-' || g, '{realm_id}', '{solution}', 'USER', 'bu-' || g, 'approver',"
        f" 'bench', {granted}, 'ADMIN' FROM generate_series(1, {n}) g")
    return solution, round(time.monotonic() - started, 1)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    solution, seed_seconds = setup(n)
    base = f"/admin/realms/{REALM}/runtime-access/reviews/campaigns"
    started = time.monotonic()
    campaign = call("POST", base, admin_token(), {
        "name": "Bench", "scope": {"type": "solution-grants", "id": solution},
        "reviewers": {"type": "manager", "fallback": ["auditor"]}, "duration": "P14D",
        "defaultDecision": "recommendation", "autoApply": True})
    create_seconds = time.monotonic() - started
    started = time.monotonic()
    closed = call("POST", f"{base}/{campaign['id']}/close", admin_token())
    close_seconds = time.monotonic() - started
    started = time.monotonic()
    status, csv = exchange("GET", f"{base}/{campaign['id']}/evidence?format=csv", admin_token())
    export_seconds = time.monotonic() - started
    left = int(sql(f"SELECT count(*) FROM ra_grant WHERE solution_id = '{solution}'"))
    revoked = int(sql(f"SELECT count(*) FROM ra_rev_item WHERE campaign_id = '{campaign['id']}'"
                      " AND applied = 'revoked'"))
    print(json.dumps({"grants": n, "seed_sql_seconds": seed_seconds, "items": campaign["items"],
                      "create_seconds": round(create_seconds, 2), "state": closed["state"],
                      "close_with_auto_apply_seconds": round(close_seconds, 2), "revoked": revoked,
                      "grants_left": left, "evidence_csv_seconds": round(export_seconds, 2),
                      "evidence_csv_lines": csv.count("\r\n")}))


if __name__ == "__main__":
    main()
