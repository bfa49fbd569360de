#!/usr/bin/env python3
"""Buttons, menu items, headings and other short texts are in sentence case.

    check_capitalisation.py SOURCE_DIR

The rule the program mostly follows, menus included: only the first word of a text starts with a
capital ("Add workflow", "Import tasks (CSV)…", "&Keep mine", not "Add Workflow"), besides proper
names (NAMES). The texts checked are the tr() texts of ui/, app/ and models/ of two to five words
that are not sentences (no ". ", ": ", "?", line break or markup): the texts of buttons, menus,
headings, titles and captions. A sentence may name a view or a button in its own capitals ("the
Notifications view"), so sentences are left alone.

KNOWN lists the offenders not yet fixed (file, text): each must still be found, so that the list
shrinks as they are fixed."""
import os
import re
import sys

NAMES = ["Director of One", "PostgreSQL", "SQLite", "Taskwarrior", "Qt", "KiB", "Ctrl+Return", "Ctrl+Enter"]
KNOWN = set()

TR = re.compile(r'\btr\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)')
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
SENTENCE = re.compile(r"[.:;?!]\s|\\n|<[a-z/]")
CAPITALISED = re.compile(r"^[A-Z][a-z]")


def texts(root):
    """(path, line, text) of every tr() text of the sources under root."""
    for folder in ("ui", "app", "models"):
        for directory, _, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                if not name.endswith((".cpp", ".h")):
                    continue
                path = os.path.join(directory, name)
                with open(path, encoding="utf-8") as f:
                    source = f.read()
                for match in TR.finditer(source):
                    text = "".join(LITERAL.findall(match.group(1)))
                    yield os.path.relpath(path, root), source.count("\n", 0, match.start()) + 1, text


def offends(text):
    """True when a short text that is no sentence has a capital beyond its first word."""
    plain = re.sub(r"%L?\d+|%n", " ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    for name in NAMES:
        plain = plain.replace(name, " ")
    if not 2 <= len(text.replace("&", "").split()) <= 5 or SENTENCE.search(text):
        return False
    # A file filter's parts ("CSV files (*.csv);;All files (*)") and a bracket each start anew.
    for part in re.split(r";;|\(", plain):
        words = [w for w in part.split() if re.search(r"\w", w)]  # "+ Add a card": "+" is no word
        if any(CAPITALISED.match(w) for w in words[1:]):
            return True
    return False


def main():
    root = sys.argv[1]
    found = {(path, text): line for path, line, text in texts(root) if offends(text)}
    failed = False
    for (path, text), line in sorted(found.items()):
        if (path, text) not in KNOWN:
            print(f"{path}:{line}: \"{text}\" is not in sentence case (\"Add workflow\", not \"Add Workflow\")")
            failed = True
    for path, text in sorted(KNOWN - found.keys()):
        print(f"{path}: \"{text}\" is no longer found: remove it from KNOWN in {os.path.basename(__file__)}")
        failed = True
    # The check itself: it finds a title-case text and leaves sentences and names alone.
    assert offends("Add Workflow") and offends("&New Task…") and not offends("Add workflow")
    assert not offends("Start Director of One when I log in") and not offends("Close")
    assert not offends("The Data view has edits. Discard them?")
    print(f"{len(found)} title-case texts, all of them known" if not failed else "")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
