#!/usr/bin/env python3
# Usage: python3 bench/scripts/membership-burst.py [N]  (against a running ./devstack; loopback only)
# Burst of registrations through the public API: N areas under three wards of the former Ba Ria city, each with a
# committee, a head and members, from several client threads; then reads the figures before/after.
import json, sys, threading, urllib.request, random, uuid, time
ID, M, D = "http://127.0.0.1:9000", "http://127.0.0.1:8081", "http://127.0.0.1:8080"
def call(method, url, token, body=None):
    req = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")
def token(u):
    req = urllib.request.Request(ID + "/dev/tokens", data=json.dumps({"username": u}).encode(), headers={"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(req).read())["access_token"]
OFF, LEAD = token("can-bo-hcm"), token("trung-uong")
WARDS = ["26560", "26566", "26572"]
def figs(u):
    s, b = call("GET", f"{D}/api/units/{u}/figures", LEAD)
    f = b.get("figures", b)
    return {k: f.get(k, 0) for k in ("residentialAreas", "committees", "members", "heads", "committeesWithoutHead")}
before = {u: figs(u) for u in WARDS + ["VN"]}
N = int(sys.argv[1]) if len(sys.argv) > 1 else 48
tag = uuid.uuid4().hex[:4].upper()
recorded = {"residentialAreas": 0, "committees": 0, "members": 0, "heads": 0}
lock = threading.Lock(); errors = []; commands = [0]
def work(i):
    ward = WARDS[i % 3]
    s, b = call("POST", f"{M}/api/residential-areas", OFF, {"communeCode": ward, "name": f"Khu phố thử {tag}-{i}", "kind": "KHU_PHO", "areaCode": f"{ward}-B{tag}{i:02d}", "registeredOn": "2025-07-20"})
    if s != 201: errors.append(("area", s, b)); return
    area = b.get("areaCode", f"{ward}-B{tag}{i:02d}")
    s, b = call("POST", f"{M}/api/residential-areas/{area}/committees", OFF, {"termStart": "2025-08-01", "termEnd": "2030-07-31", "plannedDeputies": 1, "minimumSize": 3, "decisionNumber": f"{i}/QĐ", "establishedOn": "2025-08-01"})
    if s != 201: errors.append(("committee", s, b)); return
    n = random.randint(2, 5); done = 0; heads = 0
    for j in range(n):
        s, p = call("POST", f"{M}/api/units/{ward}/people", OFF, {"fullName": "Nguyễn Văn " + "".join("abcdefghij"[int(c)] for c in f"{i:02d}{j}").capitalize(), "gender": "MALE", "birthYear": 1970, "ethnicity": "Kinh", "partyMember": False})
        if s != 201: errors.append(("person", s, p)); continue
        pid = p.get("personId") or p.get("id")
        s, b = call("POST", f"{M}/api/residential-areas/{area}/committees/2025/members", OFF, {"personId": pid, "position": "HEAD" if j == 0 else "MEMBER", "representing": "WOMENS_UNION", "appointedOn": "2025-08-02", "decisionNumber": f"{i}/QĐ"})
        if s != 201: errors.append(("appoint", s, b)); continue
        done += 1; heads += (j == 0)
    with lock:
        recorded["residentialAreas"] += 1; recorded["committees"] += 1; recorded["members"] += done; recorded["heads"] += heads
t0 = time.time()
threads = [threading.Thread(target=lambda k=k: [work(i) for i in range(k, N, 8)]) for k in range(8)]
[t.start() for t in threads]; [t.join() for t in threads]
print("burst took %.1f s, errors %d %s" % (time.time() - t0, len(errors), errors[:3]))
time.sleep(8)
after = {u: figs(u) for u in WARDS + ["VN"]}
for u in WARDS + ["VN"]:
    print(u, {k: after[u][k] - before[u][k] for k in after[u]})
print("recorded", recorded)
