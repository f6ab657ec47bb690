#!/usr/bin/env python3
# 12 threads plan a Great Unity Day for the same residential area at once (and 6 with one id): exactly one is created.
# Run against ./devstack (conference on 8083, identity on 9000): python3 bench/scripts/unity-day-burst.py
import json, urllib.request, threading, collections
def tok(u):
    r=urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:9000/dev/tokens",data=json.dumps({"username":u}).encode(),headers={"Content-Type":"application/json"}))
    return json.load(r)["access_token"]
T=tok("can-bo-ba-ria")
res=collections.Counter(); lock=threading.Lock()
def post(i):
    body={"conferenceId":f"burst-unity-{i}","kind":"UNITY_DAY","unitCode":"26560-KP03","title":"Ngày hội","startsAt":"2026-11-20T07:30:00","venue":"Nhà văn hóa"}
    req=urllib.request.Request("http://127.0.0.1:8083/api/conferences",data=json.dumps(body).encode(),headers={"Content-Type":"application/json","Authorization":"Bearer "+T})
    try:
        r=urllib.request.urlopen(req); code=r.status; text=""
    except urllib.error.HTTPError as e:
        code=e.code; text=json.load(e).get("code","")
    with lock: res[(code,text)]+=1
ts=[threading.Thread(target=post,args=(i,)) for i in range(12)]
[t.start() for t in ts]; [t.join() for t in ts]
print(dict(res))
# same id twice concurrently, same body -> one created
res.clear()
ts=[threading.Thread(target=post,args=(99,)) for i in range(6)]
[t.start() for t in ts]; [t.join() for t in ts]
print(dict(res))
