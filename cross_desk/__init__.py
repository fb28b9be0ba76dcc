"""cross_desk: case management and link analysis for a narcotics intelligence unit."""

__version__ = "0.1.0"
