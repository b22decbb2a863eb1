#!/usr/bin/env python3
"""Loads the HP Labs 'apj' access matrix (users x permissions) into a running Keycloak through the admin
APIs, then checks every assignment (and as many non-assignments) through the AuthZEN endpoint.

Mapping, chosen so that "user U holds permission P" becomes "may U execute swimlane P of its solution":
- every permission is a runtime role p<P>; a build holds at most 64 roles, so the 1,164 permissions are
  split, in numeric order, into solutions apj-01 .. apj-19 of at most 64;
- each solution's one build has a swimlane perm-<P> per permission, whose execute permission names role p<P>;
- users with exactly the same permission set (two or more of them) form an end-user group that receives
  the grants; every other user gets direct grants.
Writes timings and the check request bodies for wrk to the output folder."""
import collections
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from keycloak_admin import call, token  # noqa: E402
REALM = "apj"
CHUNK = 64


def main(matrix_file, out_dir):
    matrix = collections.defaultdict(set)
    for line in open(matrix_file):
        if line.strip():
            user, permission = line.split()
            matrix[int(user)].add(int(permission))
    permissions = sorted({p for ps in matrix.values() for p in ps})
    pairs = sum(len(ps) for ps in matrix.values())
    print(f"  {len(matrix)} users, {len(permissions)} permissions, {pairs} assignments")

    admin = token("master", {"grant_type": "password", "client_id": "admin-cli", "username": "admin", "password": "admin"})
    call("POST", "/admin/realms", admin, {"realm": REALM, "enabled": True, "accessTokenLifespan": 7200})
    r = f"/admin/realms/{REALM}"
    call("POST", r + "/roles", admin, {"name": "runtime-access-checker"})
    # The checker role counts only on tokens whose audience names the check API.
    call("POST", r + "/clients", admin, {"clientId": "checker", "secret": "checker-secret", "publicClient": False,
                                         "serviceAccountsEnabled": True, "standardFlowEnabled": False,
                                         "protocolMappers": [{"name": "check API audience", "protocol": "openid-connect",
                                         "protocolMapper": "oidc-audience-mapper",
                                         "config": {"included.custom.audience": "runtime-access",
                                                    "access.token.claim": "true"}}]})
    checker = call("GET", r + "/clients?clientId=checker", admin)[0]["id"]
    sa = call("GET", r + f"/clients/{checker}/service-account-user", admin)["id"]
    call("POST", r + f"/users/{sa}/role-mappings/realm", admin, [call("GET", r + "/roles/runtime-access-checker", admin)])

    started = time.monotonic()
    users = [{"username": f"u{u}", "enabled": True, "email": f"u{u}@apj.example", "emailVerified": True,
              "firstName": "User", "lastName": str(u)} for u in sorted(matrix)]
    for i in range(0, len(users), 500):
        call("POST", r + "/partialImport", admin, {"ifResourceExists": "FAIL", "users": users[i:i + 500]})
    users_seconds = time.monotonic() - started

    solution_of = {}
    solutions = []
    for n, i in enumerate(range(0, len(permissions), CHUNK), start=1):
        chunk = permissions[i:i + CHUNK]
        name = f"apj-{n:02d}"
        for p in chunk:
            solution_of[p] = name
        solutions.append({"name": name, "activeBuild": "1", "builds": [{
            "name": "1", "roles": [f"p{p}" for p in chunk],
            "resources": [{"name": f"perm-{p}", "kind": "swimlane", "permissions": {"execute": [f"p{p}"]}}
                          for p in chunk]}]})
    by_set = collections.defaultdict(list)
    for user, ps in matrix.items():
        by_set[frozenset(ps)].append(user)
    groups, grants = [], []
    for n, (ps, members) in enumerate(sorted(by_set.items(), key=lambda item: sorted(item[1])), start=1):
        if len(members) >= 2:
            group = f"set-{n:04d}"
            groups.append({"name": group, "members": [f"u{u}" for u in sorted(members)]})
            grants += [{"solution": solution_of[p], "principalType": "group", "principal": group, "role": f"p{p}"}
                       for p in sorted(ps)]
        else:
            grants += [{"solution": solution_of[p], "principalType": "user", "principal": f"u{members[0]}",
                        "role": f"p{p}"} for p in sorted(ps)]
    document = {"format": 1, "roles": [{"name": f"p{p}"} for p in permissions], "solutions": solutions,
                "groups": groups, "grants": grants}
    grouped = sum(len(g["members"]) for g in groups)
    print(f"  {len(solutions)} solutions, {len(groups)} groups holding {grouped} users, {len(grants)} grants")

    admin = token("master", {"grant_type": "password", "client_id": "admin-cli", "username": "admin", "password": "admin"})
    started = time.monotonic()
    plan = call("POST", r + "/runtime-access/import", admin, document)
    import_seconds = time.monotonic() - started
    if plan.get("problems"):
        raise SystemExit(f"import problems: {plan['problems'][:5]}")

    print(f"  sharing import took {import_seconds:.1f} s")
    admin = token("master", {"grant_type": "password", "client_id": "admin-cli", "username": "admin", "password": "admin"})
    ids = {s["name"]: s["id"] for s in call("GET", r + "/runtime-access/solutions", admin)}
    checker_token = token(REALM, {"grant_type": "client_credentials", "client_id": "checker",
                                  "client_secret": "checker-secret"})
    rng = random.Random(42)
    questions = [(u, p, True) for u, ps in matrix.items() for p in sorted(ps)]
    user_list = sorted(matrix)
    while len(questions) < 2 * pairs:
        u, p = rng.choice(user_list), rng.choice(permissions)
        if p not in matrix[u]:
            questions.append((u, p, False))

    def body(u, p):
        return {"subject": {"type": "user", "id": f"u{u}"}, "action": {"name": "execute"},
                "resource": {"type": "swimlane", "id": f"perm-{p}", "properties": {"solution": ids[solution_of[p]]}}}

    started = time.monotonic()
    wrong = 0
    for i in range(0, len(questions), 200):
        batch = questions[i:i + 200]
        answers = call("POST", f"/realms/{REALM}/runtime-access/access/v1/evaluations", checker_token,
                       {"evaluations": [body(u, p) for u, p, _ in batch]})["evaluations"]
        wrong += sum(1 for (u, p, expected), answer in zip(batch, answers) if answer["decision"] != expected)
    verify_seconds = time.monotonic() - started
    if wrong:
        raise SystemExit(f"{wrong} of {len(questions)} decisions are wrong")
    print(f"  all {len(questions)} decisions right ({pairs} allowed, {len(questions) - pairs} denied)")

    rng.shuffle(questions)
    with open(os.path.join(out_dir, "apj-bodies.txt"), "w") as out:
        for u, p, _ in questions:
            out.write(json.dumps(body(u, p)) + "\n")
    with open(os.path.join(out_dir, "apj-token.txt"), "w") as out:
        out.write(checker_token)
    with open(os.path.join(out_dir, "apj-results.json"), "w") as out:
        json.dump({"users": len(matrix), "permissions": len(permissions), "assignments": pairs,
                   "solutions": len(solutions), "groups": len(groups), "grouped_users": grouped,
                   "grants": len(grants), "users_seconds": round(users_seconds, 2),
                   "import_seconds": round(import_seconds, 2), "checks": len(questions),
                   "batch_check_seconds": round(verify_seconds, 2)}, out)
    print(f"  users in {users_seconds:.1f} s, sharing import in {import_seconds:.1f} s, "
          f"{len(questions)} checks in batches of 200 in {verify_seconds:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
