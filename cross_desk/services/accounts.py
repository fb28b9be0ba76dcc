"""Signing in, the first administrator, and managing accounts.

Passwords are hashed with Argon2id (argon2-cffi). The parameters are OWASP's Password Storage
Cheat Sheet minimum for Argon2id (19 MiB of memory, 2 iterations, 1 lane); raising them later
upgrades each stored hash at its owner's next sign-in (``check_needs_rehash``).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from cross_desk.domain.access import Action, Role
from cross_desk.domain.actor import Actor
from cross_desk.domain.errors import Conflict, ValidationError
from cross_desk.domain.security import AuditAction, SignInFailed, User, check_password, check_username
from cross_desk.services.base import UseCases, audit_entry

HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Verified when the user name is unknown, so that a wrong name costs as long as a wrong password.
_DUMMY_HASH = HASHER.hash("not a password of anyone's")


WRONG = "Wrong user name or password."  # the same for an unknown name: it tells no one which exists
DISABLED = "This account is disabled: ask an administrator."


def locked_message(until: datetime) -> str:
    return f"This account is locked after too many failed attempts, until {until.astimezone().strftime('%H:%M')}."


class Accounts(UseCases):
    """Used before anyone is signed in: ``ctx.actor`` only names the workstation."""

    hasher: PasswordHasher = HASHER

    def has_users(self) -> bool:
        with self.uow() as uow:
            return uow.security.count_users() > 0

    def create_first_admin(self, username: str, password: str, display_name: str = "") -> User:
        """A new database's first account, an administrator; refused once any account exists."""
        name = check_username(username)
        check_password(password)
        user = User(username=name, role=Role.ADMINISTRATOR, display_name=display_name.strip())
        with self.uow() as uow:
            if uow.security.count_users():
                raise Conflict("This database already has accounts: ask an administrator.")
            uow.security.add_user(user, self.hasher.hash(password))
            if uow.security.is_postgres:
                uow.security.create_login(name, password, Role.ADMINISTRATOR)
            audit_entry(
                uow,
                Actor(name, Role.ADMINISTRATOR, self.ctx.actor.workstation),
                AuditAction.USER_ADDED,
                details={"username": name, "role": Role.ADMINISTRATOR.value, "first": True},
            )
            uow.commit()
        return user

    def sign_in(self, username: str, password: str) -> User:
        """Check the account and record the sign-in. On a shared server this runs on the user's
        own login, which the server let in only with the right password: it then checks only
        the lock-out, and records the success through the server's narrow path (migration 0005)."""
        typed = (username or "").strip().lower()
        # a NUL or a lone surrogate (undecodable bytes) is no account's name: an unknown user,
        # audited under a cleaned name the database can store
        name = typed if _storable(typed) else ""
        policy = self.ctx.policy
        now = datetime.now(UTC)
        with self.uow() as uow:
            user = uow.security.find_user(name) if name else None
            as_actor = Actor((name or _cleaned(typed))[:60] or "?", Role.INVESTIGATOR, self.ctx.actor.workstation)
            if user is None:
                self._verify(_DUMMY_HASH, password)
                audit_entry(uow, as_actor, AuditAction.SIGN_IN_FAILED, details={"reason": "unknown user"})
                uow.commit()
                raise SignInFailed(WRONG)
            if user.locked_until is not None and user.locked_until > now:
                audit_entry(uow, as_actor, AuditAction.SIGN_IN_FAILED, details={"reason": "locked"})
                uow.commit()
                raise SignInFailed(locked_message(user.locked_until))
            proven = uow.security.own_login(name)
            if proven and user.disabled:  # the login outlived the account: no counter to keep
                audit_entry(uow, as_actor, AuditAction.SIGN_IN_FAILED, details={"reason": "disabled"})
                uow.commit()
                raise SignInFailed(DISABLED)
            right = proven or self._verify(uow.security.password_hash(name) or "", password)
            if not right or user.disabled:
                failures = user.failed_attempts + 1
                values: dict[str, object] = {"failed_attempts": failures}
                audit_entry(
                    uow,
                    as_actor,
                    AuditAction.SIGN_IN_FAILED,
                    details={"reason": "disabled" if user.disabled else "wrong password", "failures": failures},
                )
                if failures >= policy.max_failures:
                    values["locked_until"] = now + timedelta(minutes=policy.lockout_minutes)
                    values["failed_attempts"] = 0
                    audit_entry(uow, as_actor, AuditAction.LOCKED_OUT, details={"minutes": policy.lockout_minutes})
                uow.security.update_user(name, **values)
                uow.commit()
                time.sleep(policy.delay_after(failures))
                # only someone who knows the password learns that the account is disabled
                raise SignInFailed(DISABLED if right else WRONG)
            new_hash = self.hasher.hash(password) if self._needs_rehash(uow.security.hash_parameters(name)) else None
            still_locked = uow.security.signed_in(name, new_hash)
            if still_locked is not None:  # locked by the gate since it was read above
                audit_entry(uow, as_actor, AuditAction.SIGN_IN_FAILED, details={"reason": "locked"})
                uow.commit()
                raise SignInFailed(locked_message(still_locked))
            audit_entry(uow, Actor(name, user.role, self.ctx.actor.workstation), AuditAction.SIGN_IN)
            uow.commit()
        user.failed_attempts, user.locked_until = 0, None
        return user

    def check_password(self, username: str, password: str) -> bool:
        """For the idle lock on a local file: does this password open this account (no counters
        touched). On a server the login itself is tried instead (``App.check_password``)."""
        with self.uow() as uow:
            user = uow.security.find_user(username)
            stored = uow.security.password_hash(username) if user is not None else None
        return user is not None and not user.disabled and stored is not None and self._verify(stored, password)

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError, UnicodeEncodeError):
            return False  # a lone surrogate cannot be the password of anyone

    def _needs_rehash(self, stored: str | None) -> bool:
        if not stored:
            return False
        try:
            return self.hasher.check_needs_rehash(stored)
        except (InvalidHashError, ValueError):
            return True  # not an argon2 hash of ours: replace it with one


def _storable(text: str) -> bool:
    """Can the database store and compare this text (no NUL, no lone surrogate)?"""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def _cleaned(text: str) -> str:
    """What the audit log can store of a typed name: NUL dropped, lone surrogates kept visible."""
    return text.replace("\x00", "").encode("utf-8", "backslashreplace").decode("utf-8")


class Users(UseCases):
    """Administrators' use cases on accounts."""

    def list(self) -> list[User]:
        self.require(Action.MANAGE_USERS)
        with self.uow() as uow:
            return uow.security.list_users()

    def add(self, username: str, password: str, role: Role, display_name: str = "") -> User:
        self.require(Action.MANAGE_USERS)
        name = check_username(username)
        check_password(password)
        user = User(username=name, role=Role(role), display_name=display_name.strip())
        with self.uow() as uow:
            uow.security.add_user(user, HASHER.hash(password))
            if uow.security.is_postgres:
                uow.security.create_login(name, password, user.role)
            self.audit(uow, AuditAction.USER_ADDED, username=name, role=user.role.value)
            uow.commit()
        return user

    def disable(self, username: str) -> None:
        self.require(Action.MANAGE_USERS)
        if username == self.who:
            raise ValidationError("username", "You cannot disable your own account.")
        with self.uow() as uow:
            uow.security.update_user(username, disabled=True)
            if uow.security.is_postgres:
                uow.security.disable_login(username)
            self.audit(uow, AuditAction.USER_DISABLED, username=username)
            uow.commit()

    def reset_password(self, username: str, password: str) -> None:
        self.require(Action.MANAGE_USERS)
        check_password(password)
        with self.uow() as uow:
            uow.security.update_user(
                username, password_hash=HASHER.hash(password), failed_attempts=0, locked_until=None
            )
            if uow.security.is_postgres:
                uow.security.set_login_password(username, password)
            self.audit(uow, AuditAction.PASSWORD_RESET, username=username)
            uow.commit()

    def set_role(self, username: str, role: Role) -> None:
        self.require(Action.MANAGE_USERS)
        with self.uow() as uow:
            uow.security.update_user(username, role=Role(role))
            if uow.security.is_postgres:
                uow.security.set_login_role(username, Role(role))
            self.audit(uow, AuditAction.ROLE_CHANGED, username=username, role=Role(role).value)
            uow.commit()
