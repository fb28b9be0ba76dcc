"""Who may do what: roles, actions, and the one permission table services check.

Object-level rules (a source's identity for its own handlers only, restricted cases for their
team) are enforced in services on top of this table.
"""

from __future__ import annotations

from enum import StrEnum

from cross_desk.domain.errors import DomainError


class Role(StrEnum):
    INVESTIGATOR = "investigator"
    SOURCE_HANDLER = "source_handler"
    ANALYST = "analyst"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class Action(StrEnum):
    READ_RECORDS = "read_records"
    WRITE_RECORDS = "write_records"  # create and edit records, links, tips, seizures, events
    DELETE_RECORDS = "delete_records"
    RESTORE_RECORDS = "restore_records"
    MANAGE_CASES = "manage_cases"
    MANAGE_SOURCES = "manage_sources"
    READ_SOURCE_IDENTITY = "read_source_identity"  # and only for the sources one handles
    RUN_ANALYSIS = "run_analysis"
    PRINT_DOSSIER = "print_dossier"
    ACTIVITY_REPORT = "activity_report"
    EXPORT = "export"
    IMPORT = "import"
    MERGE_DUPLICATES = "merge_duplicates"
    VIEW_AUDIT = "view_audit"
    REVIEW_RETENTION = "review_retention"
    MANAGE_USERS = "manage_users"


_I = Role.INVESTIGATOR
_H = Role.SOURCE_HANDLER
_A = Role.ANALYST
_S = Role.SUPERVISOR
_D = Role.ADMINISTRATOR

#: The permission table (role × action). The README prints it as a matrix.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.READ_RECORDS: frozenset({_I, _H, _A, _S, _D}),
    Action.WRITE_RECORDS: frozenset({_I, _H, _S}),
    Action.DELETE_RECORDS: frozenset({_I, _H, _S}),
    Action.RESTORE_RECORDS: frozenset({_S}),
    Action.MANAGE_CASES: frozenset({_I, _H, _S}),
    Action.MANAGE_SOURCES: frozenset({_H, _S}),
    Action.READ_SOURCE_IDENTITY: frozenset({_H, _S}),
    Action.RUN_ANALYSIS: frozenset({_I, _H, _A, _S}),
    Action.PRINT_DOSSIER: frozenset({_I, _H, _A, _S}),
    Action.ACTIVITY_REPORT: frozenset({_A, _S}),
    Action.EXPORT: frozenset({_I, _H, _A, _S}),
    Action.IMPORT: frozenset({_I, _H, _S}),
    Action.MERGE_DUPLICATES: frozenset({_A, _S}),
    Action.VIEW_AUDIT: frozenset({_S, _D}),
    Action.REVIEW_RETENTION: frozenset({_S}),
    Action.MANAGE_USERS: frozenset({_D}),
}


class Forbidden(DomainError):
    """The signed-in user's role does not allow this."""


class OfInterestElsewhere(Forbidden):
    """Deconfliction: the record belongs to a restricted case the user is not part of."""


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]


def creating_needs(kind: str) -> Action:
    """The action that creating a record of ``kind`` (an EntityKind value, or "case") needs:
    what the services check, so that the GUI offers "New …" only to those who may."""
    if kind == "case":
        return Action.MANAGE_CASES
    if kind == "source":
        return Action.MANAGE_SOURCES
    return Action.WRITE_RECORDS


def check(role: Role, action: Action) -> None:
    if not allowed(role, action):
        raise Forbidden(f"Your role ({role.value}) does not allow this ({action.value.replace('_', ' ')}).")
