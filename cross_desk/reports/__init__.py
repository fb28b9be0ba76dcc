"""PDF reports with reportlab: take domain objects and analysis results, never a session."""
