"""Packages for setuptools: the code, plus resources/ carried in wheels as minutes_app._resources.

A checkout or editable install reads resources/ in place (minutes_app/resources.py); a wheel has
no such folder, so the same files travel inside the package.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["minutes_app", "minutes_app.*"]), "minutes_app._resources"],
    package_dir={"minutes_app._resources": "resources"},
    package_data={"minutes_app._resources": ["**/*"]},
)
