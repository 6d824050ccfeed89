#!/usr/bin/env python3
"""Every write goes through the table of writes: no source file but the table
(core/writes/writetable.cpp) calls one of CubeClient's write methods on a client. A call
elsewhere would send a write that is neither settled after a lost answer nor announced.

    check-writes-through-table.py SRC_DIR

Exit 0 when none is found, 1 naming each call found.
"""

import pathlib
import re
import sys

# CubeClient's writes (src/core/transport/cubeclient.h).
WRITES = ("endOrderEarly", "cancelOrder", "enableOrder", "renewOrder", "suspendSim",
          "resumeSim", "orderPlan", "orderPlanForMany", "orderOtaPlan", "sendSms")
# A call on a client: client().x(, client.x(, client->x(, m_client.x(, m_client->x( ...
CALL = re.compile(r"\b\w*[cC]lient(?:\(\))?\s*(?:\.|->)\s*(" + "|".join(WRITES) + r")\s*\(")
# The table itself, and the client that defines them.
ALLOWED = {"core/writes/writetable.cpp", "core/transport/cubeclient.cpp",
           "core/transport/cubeclient.h"}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    root = pathlib.Path(sys.argv[1])
    found = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".cpp", ".h"):
            continue
        name = path.relative_to(root).as_posix()
        if name in ALLOWED:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for call in CALL.finditer(line):
                found.append(f"{name}:{number}: calls CubeClient::{call.group(1)} outside the "
                             "table of writes (send it through ChangeWriter)")
    for line in found:
        print(line)
    if found:
        return 1
    print(f"check-writes-through-table: no write sent around the table in {root}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
