"""Real Australian suburbs and postcodes for the demo people, by program region."""

from __future__ import annotations

from typing import NamedTuple


class Suburb(NamedTuple):
    name: str
    postcode: str
    state: str


def _suburbs(state: str, *pairs: tuple[str, str]) -> tuple[Suburb, ...]:
    return tuple(Suburb(name, postcode, state) for name, postcode in pairs)


SUBURBS_BY_REGION: dict[str, tuple[Suburb, ...]] = {
    "Greater Sydney": _suburbs(
        "NSW",
        ("Parramatta", "2150"),
        ("Blacktown", "2148"),
        ("Liverpool", "2170"),
        ("Bankstown", "2200"),
        ("Cabramatta", "2166"),
        ("Auburn", "2144"),
        ("Penrith", "2750"),
        ("Campbelltown", "2560"),
        ("Hurstville", "2220"),
        ("Marrickville", "2204"),
        ("Chatswood", "2067"),
        ("Lakemba", "2195"),
    ),
    "Western Sydney": _suburbs(
        "NSW",
        ("Mount Druitt", "2770"),
        ("Blacktown", "2148"),
        ("Penrith", "2750"),
        ("Liverpool", "2170"),
        ("Campbelltown", "2560"),
        ("Fairfield", "2165"),
        ("Merrylands", "2160"),
        ("Parramatta", "2150"),
    ),
    "Northern and Western Adelaide": _suburbs(
        "SA",
        ("Elizabeth", "5112"),
        ("Salisbury", "5108"),
        ("Davoren Park", "5113"),
        ("Parafield Gardens", "5107"),
        ("Mawson Lakes", "5095"),
        ("Port Adelaide", "5015"),
        ("Woodville", "5011"),
        ("Enfield", "5085"),
        ("Findon", "5023"),
    ),
    "South Australia": _suburbs(
        "SA",
        ("Adelaide", "5000"),
        ("North Adelaide", "5006"),
        ("Mount Barker", "5251"),
        ("Gawler", "5118"),
        ("Murray Bridge", "5253"),
        ("Whyalla", "5600"),
        ("Port Augusta", "5700"),
        ("Mount Gambier", "5290"),
        ("Victor Harbor", "5211"),
        ("Morphett Vale", "5162"),
    ),
    "Victoria": _suburbs(
        "VIC",
        ("Dandenong", "3175"),
        ("Footscray", "3011"),
        ("Sunshine", "3020"),
        ("Broadmeadows", "3047"),
        ("Frankston", "3199"),
        ("Geelong", "3220"),
        ("Ballarat", "3350"),
        ("Bendigo", "3550"),
        ("Springvale", "3171"),
        ("Werribee", "3030"),
        ("Preston", "3072"),
        ("Box Hill", "3128"),
        ("Oakleigh", "3166"),
    ),
}
