"""The link chart: an interactive network of a case, a search result or a neighbourhood.

``ChartWidget(services, parent=None)`` is what the main window opens in a tab; see
``widget.py`` for what it offers and ``render.py`` for how it stays fluid at 10 000 records.
"""

from cross_desk.gui.chart.widget import ChartWidget

__all__ = ["ChartWidget"]
