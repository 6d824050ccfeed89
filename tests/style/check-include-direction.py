#!/usr/bin/env python3
"""Holds src/core to its rooms (#26): each concern in a folder of its own, one direction only.

    check-include-direction.py [CORE_DIR]      (default: the src/core beside this script's tests/)

CORE_DIR/ROOMS lists the rooms bottom-up. Fails (exit 1), naming file:line, when
- a file of a room includes a header of a room listed after its own (a back-arrow);
- a file includes a core header without its room ("fleetstore.h" for "fleet/fleetstore.h"):
  one spelling holds everywhere, and it is the one that shows the arrow;
- a source file stands directly in CORE_DIR, or in a folder that ROOMS does not name.
Exit 2 when CORE_DIR or its ROOMS cannot be read.
"""

import os
import re
import sys

SOURCE = (".h", ".hpp", ".cpp", ".cc", ".cxx", ".mm")
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')


def read_rooms(core):
    path = os.path.join(core, "ROOMS")
    rooms = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            name = line.split("#", 1)[0].strip()
            if not name:
                continue
            if not re.fullmatch(r"[a-z][a-z0-9_]*", name) or name in rooms:
                sys.exit(f"{path}:{number}: '{name}' is not a room name, or named twice")
            rooms.append(name)
    if not rooms:
        sys.exit(f"{path}: names no room")
    return rooms


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    core = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "src", "core")
    core = os.path.normpath(core)
    if not os.path.isdir(core):
        print(f"check-include-direction: no folder {core}", file=sys.stderr)
        return 2
    try:
        rooms = read_rooms(core)
    except OSError as e:
        print(f"check-include-direction: {e}", file=sys.stderr)
        return 2
    floor = {room: i for i, room in enumerate(rooms)}

    problems = []
    sources = []  # (room, path relative to core)
    headers = {}  # header name -> its room
    for folder, dirs, files in os.walk(core):
        dirs.sort()
        relative = os.path.relpath(folder, core)
        top = relative.split(os.sep)[0]
        for name in sorted(files):
            if not name.endswith(SOURCE):
                continue
            path = os.path.join(relative, name) if relative != "." else name
            if relative == ".":
                problems.append(f"{path}: stands directly in src/core; give it a room (ROOMS)")
            elif top not in floor:
                problems.append(f"{path}: '{top}' is not a room of ROOMS")
            else:
                sources.append((top, path))
                headers[name] = top

    arrows = 0
    for room, path in sources:
        with open(os.path.join(core, path), encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                m = INCLUDE.match(line)
                if not m:
                    continue
                included = m.group(1)
                if "/" not in included:
                    if included in headers:
                        problems.append(f"{path}:{number}: includes \"{included}\" without its "
                                        f"room: write \"{headers[included]}/{included}\"")
                    continue
                target = included.split("/", 1)[0]
                if target not in floor:
                    continue  # not a core header (another library's, or generated)
                arrows += 1
                if floor[target] > floor[room]:
                    problems.append(f"{path}:{number}: room {room} includes room {target} "
                                    f"(\"{included}\"), which stands above it in ROOMS")

    for p in problems:
        print(f"check-include-direction: {p}", file=sys.stderr)
    if problems:
        print(f"check-include-direction: {len(problems)} problem(s) in {core}", file=sys.stderr)
        return 1
    print(f"check-include-direction: {len(sources)} files in {len(rooms)} rooms, {arrows} "
          f"includes of core headers, none back up ({' < '.join(rooms)}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
