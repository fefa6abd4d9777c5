"""CI proves what a newcomer gets: `.ci/run` runs the README's test command, verbatim, and the
system packages it installs are the ones the README names for the tests.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
CI_RUN = (REPO / ".ci" / "run").read_text(encoding="utf-8")

# Programs the tests start, and the Debian package the README must name for each.
TOOLS = {
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "pdffonts": "poppler-utils",
    "strace": "strace",
    "xvfb-run": "xvfb",
    "xauth": "xauth",
    "qpdf": "qpdf",
    "soffice": "libreoffice-writer-nogui",
    "initdb": "postgresql",
    "pg_ctl": "postgresql",
}


def readme_test_command() -> str:
    """Return the command under "Set up and run the whole test suite" in the quick start."""
    after = README.split("Set up and run the whole test suite", 1)[1]
    block = re.search(r"```sh\n(.*?)\n```", after, re.S)
    assert block, "the README's quick start has no test command block"
    lines = [line for line in block.group(1).splitlines() if line.strip()]
    assert len(lines) == 1, "the README's test command is one line"
    return lines[0]


def readme_test_packages() -> list[str]:
    """Return the packages of the apt-get block under "System packages for the tests"."""
    section = README.split("### System packages for the tests", 1)[1].split("\n### ", 1)[0]
    block = re.search(r"```sh\n(apt-get install .*?)\n```", section, re.S)
    assert block, "the README names no system packages for the tests"
    words = block.group(1).replace("\\\n", " ").split()
    return words[2:]


def test_ci_runs_the_readme_test_command_verbatim():
    command = readme_test_command()
    assert command.startswith("python3 -m venv .venv && ") and command.endswith("pytest")
    lines = [line.strip() for line in CI_RUN.splitlines()]
    assert command in lines, ".ci/run does not run the README's test command as written"


def test_ci_runs_nothing_else_of_python_or_pip():
    command = readme_test_command()
    others = [
        line
        for line in CI_RUN.splitlines()
        if not line.lstrip().startswith("#")
        and line.strip() != command
        and re.search(r"\.venv/bin/|pip install|\bpython3?\s", line)
    ]
    assert others == [], f".ci/run prepares something the README does not: {others}"


def test_ci_installs_the_readme_package_list_and_no_list_of_its_own():
    packages = readme_test_packages()
    assert packages and all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", p) for p in packages)
    assert "README.md" in CI_RUN and "### System packages for the tests" in CI_RUN
    # No package name is written into .ci/run itself (outside the test command, which names
    # python3): the README is the one list.
    script = CI_RUN.replace(readme_test_command(), "")
    assert not any(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", script) for p in packages)


def test_ci_reads_the_same_packages_the_readme_names(tmp_path):
    # Run .ci/run's own reading of the README with apt and the test command replaced by echo,
    # so the test sees what CI would install.
    script = CI_RUN.split("missing=()", 1)[0] + 'printf "%s\\n" "${packages[@]}"\n'
    (tmp_path / ".ci").mkdir()
    (tmp_path / ".ci" / "run").write_text(script, encoding="utf-8")
    shutil.copy(REPO / "README.md", tmp_path / "README.md")
    done = subprocess.run(
        ["bash", str(tmp_path / ".ci" / "run")], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == readme_test_packages()


def test_every_program_the_tests_start_comes_from_a_package_the_readme_names():
    packages = set(readme_test_packages())
    here = Path(__file__).resolve()
    sources = "\n".join(
        p.read_text(encoding="utf-8") for p in (REPO / "tests").rglob("*.py") if p != here
    )
    used = {tool for tool in TOOLS if re.search(rf"[\"'/]{re.escape(tool)}[\"' ]", sources)}
    assert "pdftotext" in used  # the search itself works
    missing = {tool: TOOLS[tool] for tool in used if TOOLS[tool] not in packages}
    assert missing == {}, f"add to the README's system packages for the tests: {missing}"
