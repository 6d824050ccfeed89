#!/usr/bin/env python3
"""The test of a check: passes only when CHECK, run on FIXTURE, fails (exit 1) and says each
EXPECTED text, so that a check that crashes, or fails for another reason, does not pass.

    expect-refusal.py CHECK FIXTURE EXPECTED...
"""

import subprocess
import sys


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__.split("\n\n")[1])
    check, fixture, expected = sys.argv[1], sys.argv[2], sys.argv[3:]
    run = subprocess.run([sys.executable, check, fixture], capture_output=True, text=True)
    said = run.stdout + run.stderr
    print(said, end="")
    missing = [text for text in expected if text not in said]
    if run.returncode != 1 or missing:
        print(f"expect-refusal: {check} on {fixture} should fail (exit 1, got {run.returncode})"
              f" saying {expected}; it did not say {missing}", file=sys.stderr)
        return 1
    print(f"expect-refusal: {fixture} refused as it should be.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
