"""Link analysis with networkx: takes domain objects or graphs, never a session or a widget."""
