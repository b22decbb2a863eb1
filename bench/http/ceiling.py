#!/usr/bin/env python3
"""Adds to realm 'bench' (made by setup.py) what the ceiling benchmark asks, and checks every answer first.

- realm: Keycloak's unauthenticated GET /realms/bench, the ceiling of any endpoint on this server;
- self: user2 asks the evaluation endpoint about itself with its own token (user2 approves through a
  direct grant);
- checker: the service account asks about user2 (the question of run.sh);
- batch: the service account asks one evaluations request of 100 items, 100 users who may each execute
  swimlane approval through the end-user group 'Approvers' (a group grant), so all 100 are allowed.
Reads bench/target/http/requests.json (setup.py's), writes the requests to bench/target/http/ceiling.json.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from keycloak_admin import admin, call  # noqa: E402
REALM = "bench"
MEMBERS = 100
REQUESTS, OUT = sys.argv[1], sys.argv[2]


def main():
    with open(REQUESTS) as f:
        known = json.load(f)
    question = json.loads(known["authzen"]["body"])
    resource = question["resource"]
    user_token, checker_token = known["uma"]["token"], known["authzen"]["token"]
    t = admin()
    r = f"/admin/realms/{REALM}"
    names = [f"member{i}" for i in range(1, MEMBERS + 1)]
    call("POST", r + "/partialImport", t, {"ifResourceExists": "SKIP", "users": [
        {"username": n, "enabled": True, "email": f"{n}@bench.example", "emailVerified": True,
         "firstName": n, "lastName": "Bench"} for n in names]})
    ids = [call("GET", r + f"/users?username={n}&exact=true", t)[0]["id"] for n in names]
    group = call("POST", r + "/runtime-access/groups", t, {"name": "Approvers"})["id"]
    call("POST", r + f"/runtime-access/groups/{group}/members/bulk", t, {"members": names})
    call("POST", r + f"/runtime-access/solutions/{resource['properties']['solution']}/grants", t,
         {"principal": {"type": "group", "name": "Approvers"}, "role": "approver"})

    evaluation = f"/realms/{REALM}/runtime-access/access/v1/evaluation"
    self_body = {"subject": {"type": "user", "id": "user2"}, "action": {"name": "execute"}, "resource": resource}
    batch_body = {"action": {"name": "execute"}, "resource": resource,
                  "evaluations": [{"subject": {"type": "user", "id": i}} for i in ids]}
    if call("POST", evaluation, user_token, self_body)["decision"] is not True:
        raise SystemExit("user2 asking about itself was not allowed")
    answers = call("POST", evaluation + "s", checker_token, batch_body)["evaluations"]
    if len(answers) != MEMBERS or not all(a["decision"] is True for a in answers):
        raise SystemExit(f"the batch was not {MEMBERS} allowed decisions: {answers[:3]}")
    if call("GET", f"/realms/{REALM}")["realm"] != REALM:
        raise SystemExit("GET /realms/bench did not answer the realm")
    print(f"  self: allowed; batch: {MEMBERS} of {MEMBERS} allowed through group 'Approvers'")
    with open(OUT, "w") as out:
        json.dump({"realm": {"method": "GET", "path": f"/realms/{REALM}", "token": "", "body": ""},
                   "self": {"method": "POST", "path": evaluation, "token": user_token, "body": json.dumps(self_body)},
                   "checker": {"method": "POST", "path": evaluation, "token": checker_token,
                               "body": known["authzen"]["body"]},
                   "batch": {"method": "POST", "path": evaluation + "s", "token": checker_token,
                             "body": json.dumps(batch_body)}}, out)


if __name__ == "__main__":
    main()
