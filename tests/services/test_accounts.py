from __future__ import annotations

import pytest

from cross_desk.bootstrap import App
from cross_desk.domain.access import Forbidden, Role
from cross_desk.domain.errors import Conflict, ValidationError
from cross_desk.domain.security import SignInFailed, SignInPolicy
from cross_desk.services.accounts import Accounts


def test_first_administrator_then_accounts(app: App) -> None:
    accounts = app.accounts
    assert not accounts.has_users()
    with pytest.raises(ValidationError):
        accounts.create_first_admin("Chef Principal", "long enough password")
    with pytest.raises(ValidationError, match="at least"):
        accounts.create_first_admin("chef", "short")
    accounts.create_first_admin("chef", "long enough password")
    with pytest.raises(Conflict):
        accounts.create_first_admin("other", "long enough password")
    admin = app.sign_in("chef", "long enough password")
    assert admin.actor.role == Role.ADMINISTRATOR
    admin.users.add("enq.b", "another good password", Role.INVESTIGATOR)
    investigator = app.sign_in("ENQ.B", "another good password")
    assert investigator.actor.username == "enq.b"
    with pytest.raises(Forbidden):
        investigator.users.add("x.y", "another good password", Role.ADMINISTRATOR)
    admin.users.disable("enq.b")
    with pytest.raises(SignInFailed):
        app.sign_in("enq.b", "another good password")
    actions = [e.action for e in admin.audit.entries()]
    assert {"user_added", "sign_in", "user_disabled", "sign_in_failed"} <= set(actions)


def test_lockout_after_five_failures_and_growing_delays(app: App) -> None:
    app.accounts.create_first_admin("chef", "long enough password")
    for _ in range(5):
        with pytest.raises(SignInFailed, match="Wrong user name or password"):
            app.sign_in("chef", "wrong password!")
    with pytest.raises(SignInFailed, match="locked"):
        app.sign_in("chef", "long enough password")
    assert "locked_out" in [e.action for e in app.services.audit.entries()]
    policy = SignInPolicy()
    assert [policy.delay_after(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 8.0]
    with pytest.raises(ValidationError):
        SignInPolicy(lockout_minutes=5)
    with pytest.raises(ValidationError):
        SignInPolicy(idle_lock_minutes=45)


def test_hash_upgraded_when_parameters_rise(app: App) -> None:
    from argon2 import PasswordHasher

    app.accounts.create_first_admin("chef", "long enough password")
    stronger = PasswordHasher(time_cost=3, memory_cost=32 * 1024, parallelism=1)
    accounts = app.accounts
    accounts.hasher = stronger
    accounts.sign_in("chef", "long enough password")
    with app.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT password_hash FROM user_account").scalar_one()
    assert "m=32768,t=3" in stored
    assert not stronger.check_needs_rehash(stored)
    assert isinstance(accounts, Accounts)


@pytest.mark.parametrize("name", ["' OR 1=1 --", "admin%", "\u202eadmin", "a" * 10_000])
def test_hostile_sign_in_names_are_refused_cleanly(app: App, name: str) -> None:
    app.accounts.create_first_admin("chef", "long enough password")
    with pytest.raises(SignInFailed):
        app.sign_in(name, "long enough password")
