#!/usr/bin/env python3
"""The shipped translations are complete and current.

For every translations/director-of-one_*.ts (a plural-only English file, _en.ts, holds only the
numerus messages and is checked the same way):
  - no translation is unfinished, vanished or obsolete, and none is empty (no numerus form either);
  - every placeholder of the source (%1..%99, %L1, %n, %Ln) is in the translation, in every numerus
    form, and the translation has none the source does not have (%L1 counts as %1, %Ln as %n);
  - lupdate run on the sources (the list file translations/CMakeLists.txt writes) into a temporary
    copy of the file, with the options of update_translations, finds no new source text and writes
    the same messages the shipped file has: a text changed or added in the code without running
    update_translations and translating it fails here.

    check_translations.py SOURCE_DIR LUPDATE SOURCE_LIST"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
BAD_TYPES = ("unfinished", "vanished", "obsolete")


def placeholders(text):
    return {"%" + m.group(1) for m in PLACEHOLDER.finditer(text or "")}


def messages(path):
    """(context, source, comment, numerus) -> (type, [forms]) of a .ts file."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            key = (name, message.findtext("source", ""), message.findtext("comment", ""), numerus)
            translation = message.find("translation")
            if translation is None:
                result[key] = ("missing", [])
                continue
            if numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            result[key] = (translation.get("type", ""), forms)
    return result


def describe(name, key):
    context, source, comment, numerus = key
    extra = f" [{comment}]" if comment else ""
    return f'{name}: {context}: "{source}"{extra}' + (" (plural)" if numerus else "")


def check_entries(name, entries, plural_only):
    errors = []
    for key, (kind, forms) in entries.items():
        where = describe(name, key)
        if plural_only and not key[3]:
            errors.append(f"{where}: a plural-only file holds a message without plural forms")
        if kind in BAD_TYPES or kind == "missing":
            errors.append(f"{where}: translation is {kind}")
            continue
        if not forms or any(not form.strip() for form in forms):
            errors.append(f"{where}: translation is empty")
            continue
        wanted = placeholders(key[1])
        for index, form in enumerate(forms):
            label = f"plural form {index + 1}" if key[3] else "translation"
            have = placeholders(form)
            for missing in sorted(wanted - have):
                errors.append(f'{where}: {label} "{form}" lacks {missing}')
            for extra in sorted(have - wanted):
                errors.append(f'{where}: {label} "{form}" has {extra}, which the source does not')
    return errors


def check_lupdate(name, path, entries, lupdate, source_list, plural_only, scratch):
    copy = os.path.join(scratch, name)
    shutil.copyfile(path, copy)
    command = [lupdate, "@" + source_list, "-no-obsolete", "-locations", "none"]
    if plural_only:
        command.append("-pluralonly")
    run = subprocess.run(command + ["-ts", copy], capture_output=True, text=True)
    output = run.stdout + run.stderr
    if run.returncode != 0:
        return [f"{name}: lupdate failed ({run.returncode}):\n{output}"]
    errors = []
    # With -pluralonly lupdate counts the texts it strips afterwards as new: there the message sets
    # below are the check.
    if not plural_only:
        found = re.search(r"\((\d+) new and \d+ already existing\)", output)
        if found is None:
            errors.append(f"{name}: lupdate did not say how many texts it found:\n{output}")
        elif int(found.group(1)) != 0:
            errors.append(f"{name}: lupdate finds {found.group(1)} new source text(s)")
    updated = messages(copy)
    for key in updated.keys() - entries.keys():
        errors.append(f"{describe(name, key)}: in the sources but not in the file (run update_translations and translate it)")
    for key in entries.keys() - updated.keys():
        errors.append(f"{describe(name, key)}: in the file but no longer in the sources (run update_translations)")
    for key in updated.keys() & entries.keys():
        if updated[key] != entries[key]:
            errors.append(f"{describe(name, key)}: lupdate writes {updated[key]}, the file has {entries[key]}")
    return errors


def main():
    source, lupdate, source_list = sys.argv[1:4]
    files = sorted(glob.glob(os.path.join(source, "translations", "director-of-one_*.ts")))
    if not files:
        print("no translations/director-of-one_*.ts found")
        return 1
    if not os.path.isfile(source_list):
        print(f"no lupdate source list {source_list} (configure the build)")
        return 1
    errors = []
    with tempfile.TemporaryDirectory(prefix="doo-tscheck-") as scratch:
        for path in files:
            name = os.path.basename(path)
            plural_only = name.endswith("_en.ts")
            entries = messages(path)
            if not entries:
                errors.append(f"{name}: holds no message")
            errors += check_entries(name, entries, plural_only)
            errors += check_lupdate(name, path, entries, lupdate, source_list, plural_only, scratch)
    for error in errors:
        print(error)
    print(f"{len(files)} file(s) checked, {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
