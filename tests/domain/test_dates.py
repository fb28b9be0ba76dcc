"""Date-times the user types are local times; one that the clocks skip is refused."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from cross_desk.domain import records as r
from cross_desk.domain.dates import local_moment
from cross_desk.domain.errors import ValidationError
from cross_desk.domain.kinds import EventKind


@pytest.fixture
def paris(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_time_skipped_when_clocks_go_forward_is_refused(paris: None) -> None:
    skipped = datetime(2026, 3, 29, 2, 30)  # clocks go from 02:00 to 03:00 that night in Paris
    with pytest.raises(ValidationError, match="does not exist") as refused:
        local_moment(skipped, "occurred_at")
    assert refused.value.field == "occurred_at" and "29/03/2026 02:30" in refused.value.message
    with pytest.raises(ValidationError, match="does not exist"):
        r.Event(event_kind=EventKind.ARREST, occurred_at=skipped).validate()
    before, after = local_moment(datetime(2026, 3, 29, 1, 59)), local_moment(datetime(2026, 3, 29, 3, 0))
    assert after - before == timedelta(minutes=1)  # 01:59 CET and 03:00 CEST are a minute apart
    assert local_moment(datetime(2026, 10, 25, 2, 30)).utcoffset() == timedelta(hours=2)  # twice: the first


def test_an_aware_moment_is_kept_as_it_is(paris: None) -> None:
    moment = datetime(2026, 3, 29, 2, 30).astimezone()  # already placed (e.g. read back from the store)
    assert local_moment(moment) is moment
