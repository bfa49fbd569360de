#!/usr/bin/env python3
"""The man page lists the same commands as `director-of-one --help`.

    check_manpage.py PROGRAM MANPAGE

A command is the leading lowercase words of an entry ("task add", "scheduler"); an entry with
alternatives ("workflow enable ID | disable ID") names each ("workflow enable", "workflow
disable"). In the usage text the entries are the lines indented by two spaces, up to the gap before
their description; in the man page, the tags of the .TP paragraphs of the COMMANDS section."""
import os
import re
import shlex
import subprocess
import sys

WORD = re.compile(r"^[a-z][a-z-]*$")


def commands_of(entry):
    found = []
    group = None
    for alternative in entry.split(" | "):
        words = []
        for token in alternative.split():
            if not WORD.match(token):
                break
            words.append(token)
        if not words:
            continue
        if group is None:
            group = words[0]
        elif words[0] != group:
            words.insert(0, group)
        found.append(" ".join(words[:2]) if len(words) > 1 else words[0])
    return found


def help_commands(program):
    env = dict(os.environ, LC_ALL="C", LANG="C", LANGUAGE="")
    text = subprocess.run([program, "--help"], check=True, capture_output=True, text=True, env=env).stdout
    commands = []
    for line in text.splitlines():
        if not re.match(r"^  [^ -]", line):
            continue
        entry = re.split(r" {2,}", line.strip())[0]
        commands += commands_of(entry)
    return commands


def troff_text(line):
    macro, _, rest = line.partition(" ")
    args = shlex.split(rest.replace("\\", "\\\\"), posix=True)
    joined = "".join(args) if len(macro) == 3 else " ".join(args)  # .BR/.BI alternate, .B joins
    joined = re.sub(r"\\f[BIRP]", "", joined)
    return joined.replace("\\-", "-")


def man_commands(path):
    commands = []
    section = None
    lines = open(path, encoding="utf-8").read().splitlines()
    for i, line in enumerate(lines):
        if line.startswith(".SH "):
            section = line[4:].strip().strip('"')
        elif section == "COMMANDS" and line.startswith(".TP") and i + 1 < len(lines):
            commands += commands_of(troff_text(lines[i + 1]))
    return commands


def main():
    program, manpage = sys.argv[1:3]
    usage = help_commands(program)
    man = man_commands(manpage)
    errors = []
    if len(usage) < 40:
        errors.append(f"only {len(usage)} commands found in --help: the parser no longer fits the usage text")
    for name in sorted(set(usage) - set(man)):
        errors.append(f"in --help, not in the man page: {name}")
    for name in sorted(set(man) - set(usage)):
        errors.append(f"in the man page, not in --help: {name}")
    for error in errors:
        print(error)
    print(f"{len(set(usage))} commands in --help, {len(set(man))} in the man page")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
