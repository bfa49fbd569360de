#!/usr/bin/env python3
"""The files that name the program's version name project(VERSION) of CMakeLists.txt: the man
page's title line, the AppStream metainfo's newest release and the newest entry of the Debian
changelog (VERSION-1).

    check_versions.py SOURCE_DIR VERSION"""
import re
import sys
import xml.etree.ElementTree as ET


def main():
    source, version = sys.argv[1:3]
    errors = []
    th = next((l for l in open(f"{source}/packaging/director-of-one.1", encoding="utf-8") if l.startswith(".TH ")), "")
    if f'"Director of One {version}"' not in th:
        errors.append(f"packaging/director-of-one.1: the .TH line does not name {version}: {th.strip()}")
    metainfo = ET.parse(f"{source}/resources/org.example.DirectorOfOne.metainfo.xml").getroot()
    releases = metainfo.findall("./releases/release")
    if not releases or releases[0].get("version") != version:
        newest = releases[0].get("version") if releases else "none"
        errors.append(f"the metainfo's newest release is {newest}, not {version}: add its release notes")
    first = open(f"{source}/packaging/changelog", encoding="utf-8").readline()
    match = re.match(r"^director-of-one \(([^)]+)\) ", first)
    if not match or match.group(1) != f"{version}-1":
        errors.append(f"packaging/changelog: the newest entry is not {version}-1: {first.strip()}")
    for error in errors:
        print(error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
