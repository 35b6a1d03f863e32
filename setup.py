"""Packages for setuptools: the code, plus resources/ carried in wheels as minutes_app._resources.

A checkout or editable install reads resources/ in place (minutes_app/resources.py); a wheel has
no such folder, so the same files travel inside the package. Each folder of resources/ is named
as a (data) package of its own: setuptools warns about data folders it was not told of.
"""

from pathlib import Path

from setuptools import find_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"
data_packages = ["minutes_app._resources"] + [
    "minutes_app._resources." + ".".join(folder.relative_to(RESOURCES).parts)
    for folder in sorted(RESOURCES.rglob("*"))
    if folder.is_dir() and "__pycache__" not in folder.parts
]

setup(
    packages=[*find_packages(include=["minutes_app", "minutes_app.*"]), *data_packages],
    package_dir={"minutes_app._resources": "resources"},
    package_data={name: ["*"] for name in data_packages},
    # The lock an editor takes beside a draft it has open (examples opened in place) is never
    # a resource.
    exclude_package_data={name: [".~lock.*"] for name in data_packages},
)
