"""The PySide6 desktop application. Reaches the data only through ``cross_desk.services``."""
