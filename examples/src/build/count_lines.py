#!/usr/bin/env python3
"""Counts the code lines of each seed-tour example against its FastAPI original.

Code lines: not blank, not a comment or docstring, not a package or import line. Run from the
repository root: python3 examples/src/build/count_lines.py [../shared/fastapi]
"""
import pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FASTAPI = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared/fastapi")
SOURCES = ROOT / "src/main/java"
REGISTRY = SOURCES / "dev/flute/examples/Examples.java"


def java_lines(path):
    text = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)
    lines = [l.strip() for l in text.splitlines()]
    return sum(1 for l in lines if l and not l.startswith(("//", "package ", "import ")))


def python_lines(path):
    text = re.sub(r'"""(.*?)"""', "", path.read_text(), flags=re.S)
    lines = [l.strip() for l in text.splitlines()]
    return sum(1 for l in lines if l and not l.startswith(("#", "import ", "from ")))


def classes():
    """NAME -> the example's source file, read from the registry's imports and entries."""
    registry = REGISTRY.read_text()
    imports = {simple: full for full, simple in re.findall(r"import (dev\.flute\.examples\.[\w.]+\.(\w+));", registry)}
    out = {}
    for name, cls in re.findall(r'new Example\("([\w-]+)", "[^"]*", (\w+)::app\)', registry):
        full = imports.get(cls)
        if full:
            out[name] = SOURCES / (full.replace(".", "/") + ".java")
    return out


def main():
    total_java = total_py = 0
    rows = []
    for name, source in sorted(classes().items()):
        original = FASTAPI / f"{name}.py"
        if not original.exists() or not source.exists():
            continue
        j, p = java_lines(source), python_lines(original)
        total_java += j
        total_py += p
        rows.append(f"{name:28} {p:5} {j:5} {j / p:5.2f}")
    print(f"{'example':28} {'py':>5} {'java':>5} {'ratio':>5}")
    print("\n".join(rows))
    print(f"{'total':28} {total_py:5} {total_java:5} {total_java / total_py:5.2f}")


if __name__ == "__main__":
    main()
