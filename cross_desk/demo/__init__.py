"""Fictional demo data (``generator``): domain objects only, no database, no use case.

It sits beside the store, below the services: ``services.demo`` writes what it builds, and
tests and benchmarks build data with it directly.
"""
