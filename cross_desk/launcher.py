"""``cross-desk``: with no subcommand the desktop application, otherwise a CLI command."""

from __future__ import annotations

from collections.abc import Sequence

from cross_desk.cli.main import build_parser, run


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from cross_desk.gui.app import run_gui  # Qt loads only when the window is wanted

        return run_gui(database_url=args.database)
    return run(args)


if __name__ == "__main__":
    raise SystemExit(main())
