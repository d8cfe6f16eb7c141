#!/usr/bin/env python3
"""Prints the statistics table of a Gatling HTML report (index.html) as Markdown: one row per group and request."""
import html, re, sys

page = open(sys.argv[1], encoding="utf-8").read()
print("| Step / request | Count | KO | % KO | req/s | min | p50 | p75 | p95 | p99 | max | mean |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for row in re.findall(r'<tr id="([^"]+)"(?: data-parent="[^"]*")?>(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row[1])
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row[1]))
    if not name or not cells:
        continue
    label = html.unescape(name.group(1))
    if row[0].startswith("group_"):
        label = "**" + label + "** (step)"
    elif row[0] == "ROOT":
        label = "**all requests**"
    print("| " + " | ".join([label] + [cells.get(str(c), "") for c in (2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)]) + " |")
