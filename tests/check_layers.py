#!/usr/bin/env python3
"""The layers of ARCHITECTURE.md, checked on the sources: a library folder under models/ may
include only headers of the folders before it in LAYERS (and its own); core/ nothing of Qt; ui/
only models/ and itself, and widgets run no SQL, open no transaction and call no repository (they
go through item models and intents objects). Run by CTest as tst_layers; prints every breach and
fails."""
import pathlib
import re
import sys

LAYERS = ["core", "domain", "db", "secrets", "repositories", "exchange", "workflow", "itemmodels"]
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^>"]+)[>"]', re.M)
# What a widget must not do, on code without its comments.
UI_RULES = [
    (re.compile(r'#\s*include\s*["<](models/)?repositories/'), "includes a repository header"),
    (re.compile(r'#\s*include\s*["<](models/)?db/(Transaction|Query)\.h'), "includes db/Transaction.h or db/Query.h"),
    (re.compile(r"QSqlQuery\b"), "runs SQL (QSqlQuery)"),
    (re.compile(r"[A-Za-z]*Repository\b"), "calls a repository"),
    (re.compile(r"\bTransaction\b"), "opens a transaction"),
]


def breaches(root):
    found = []
    for path in sorted(root.glob("models/*/*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        layer = path.parent.name
        if layer not in LAYERS:
            found.append(f"{path}: models/{layer}/ is no library of LAYERS")
            continue
        allowed = set(LAYERS[: LAYERS.index(layer) + 1])
        for kind, name in INCLUDE.findall(path.read_text(encoding="utf-8")):
            folder = name.split("/")[0] if "/" in name else None
            if name.endswith(".moc"):
                continue  # moc's output for this very file
            if kind == '"' and folder is None:
                found.append(f"{path}: #include \"{name}\" names no folder (write \"{layer}/{name}\")")
            elif kind == '"' and folder not in allowed:
                found.append(f"{path}: {layer}/ may not include {name} ({folder}/ is a later layer)")
            elif layer == "core" and kind == "<" and name.startswith("Q"):
                found.append(f"{path}: core/ is without Qt, but includes <{name}>")
    for path in sorted(root.glob("models/*.*")):
        if path.suffix in (".h", ".cpp"):
            found.append(f"{path}: models/ itself holds no code; put it in the library it belongs to")
    for path in sorted(root.glob("ui/*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        text = path.read_text(encoding="utf-8")
        for kind, name in INCLUDE.findall(text):
            folder = name.split("/")[0] if "/" in name else None
            if kind == '"' and folder is not None and folder not in LAYERS:
                found.append(f"{path}: ui/ may not include {name}")
        for number, line in enumerate(text.splitlines(), 1):
            code = line.split("//")[0]
            for pattern, what in UI_RULES:
                if pattern.search(code):
                    found.append(f"{path}:{number}: a widget {what}: {line.strip()}")
                    break
    return found


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    found = breaches(root)
    for line in found:
        print(line)
    print(f"layers: {len(found)} breaches")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
