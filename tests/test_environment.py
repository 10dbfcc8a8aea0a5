"""pyproject.toml and environment.yml list the same pinned dependencies."""
import re
import tomllib

import yaml

from analysis.config import PROJECT_ROOT


def _norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def pyproject_pins():
    data = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = data["project"]
    specs = project["dependencies"] + project["optional-dependencies"]["test"]
    pins = {}
    for spec in specs:
        name, version = spec.split("==")
        pins[_norm(name)] = version
    return pins


def environment_pins():
    env = yaml.safe_load((PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8"))
    pins = {}
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            for spec in dep["pip"]:
                if "==" in spec:
                    name, version = spec.split("==")
                    pins[_norm(name)] = version
        elif "=" in dep and not dep.startswith("python="):
            name, version = dep.split("=")
            pins[_norm(name)] = version
    return pins


def test_pyproject_and_environment_yml_pin_the_same_packages():
    assert pyproject_pins() == environment_pins()


def test_requirements_lock_agrees_with_pyproject():
    lock = {}
    for line in (PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            lock[_norm(name)] = version
    for name, version in pyproject_pins().items():
        assert lock.get(name) == version, name
