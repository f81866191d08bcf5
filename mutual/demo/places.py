"""Real Australian suburbs, postcodes and their approximate centres for the demo people,
by program region."""

from __future__ import annotations

from typing import NamedTuple


class Suburb(NamedTuple):
    name: str
    postcode: str
    state: str
    # The suburb's centre, near enough for matching to tell who lives close by.
    latitude: float
    longitude: float


def _suburbs(state: str, *rows: tuple[str, str, float, float]) -> tuple[Suburb, ...]:
    return tuple(Suburb(name, code, state, lat, lon) for name, code, lat, lon in rows)


SUBURBS_BY_REGION: dict[str, tuple[Suburb, ...]] = {
    "Greater Sydney": _suburbs(
        "NSW",
        ("Parramatta", "2150", -33.815, 151.0011),
        ("Blacktown", "2148", -33.771, 150.9063),
        ("Liverpool", "2170", -33.92, 150.9238),
        ("Bankstown", "2200", -33.917, 151.035),
        ("Cabramatta", "2166", -33.8947, 150.938),
        ("Auburn", "2144", -33.849, 151.033),
        ("Penrith", "2750", -33.7507, 150.6877),
        ("Campbelltown", "2560", -34.065, 150.8142),
        ("Hurstville", "2220", -33.967, 151.102),
        ("Marrickville", "2204", -33.911, 151.155),
        ("Chatswood", "2067", -33.796, 151.183),
        ("Lakemba", "2195", -33.92, 151.075),
    ),
    "Western Sydney": _suburbs(
        "NSW",
        ("Mount Druitt", "2770", -33.767, 150.82),
        ("Blacktown", "2148", -33.771, 150.9063),
        ("Penrith", "2750", -33.7507, 150.6877),
        ("Liverpool", "2170", -33.92, 150.9238),
        ("Campbelltown", "2560", -34.065, 150.8142),
        ("Fairfield", "2165", -33.872, 150.956),
        ("Merrylands", "2160", -33.836, 150.989),
        ("Parramatta", "2150", -33.815, 151.0011),
    ),
    "Northern and Western Adelaide": _suburbs(
        "SA",
        ("Elizabeth", "5112", -34.711, 138.67),
        ("Salisbury", "5108", -34.758, 138.641),
        ("Davoren Park", "5113", -34.698, 138.669),
        ("Parafield Gardens", "5107", -34.785, 138.611),
        ("Mawson Lakes", "5095", -34.815, 138.61),
        ("Port Adelaide", "5015", -34.846, 138.503),
        ("Woodville", "5011", -34.877, 138.54),
        ("Enfield", "5085", -34.853, 138.603),
        ("Findon", "5023", -34.9, 138.533),
    ),
    "South Australia": _suburbs(
        "SA",
        ("Adelaide", "5000", -34.9285, 138.6007),
        ("North Adelaide", "5006", -34.906, 138.593),
        ("Mount Barker", "5251", -35.069, 138.857),
        ("Gawler", "5118", -34.598, 138.745),
        ("Murray Bridge", "5253", -35.12, 139.273),
        ("Whyalla", "5600", -33.033, 137.565),
        ("Port Augusta", "5700", -32.492, 137.772),
        ("Mount Gambier", "5290", -37.829, 140.783),
        ("Victor Harbor", "5211", -35.552, 138.622),
        ("Morphett Vale", "5162", -35.127, 138.522),
    ),
    "Victoria": _suburbs(
        "VIC",
        ("Dandenong", "3175", -37.987, 145.215),
        ("Footscray", "3011", -37.8, 144.9),
        ("Sunshine", "3020", -37.788, 144.832),
        ("Broadmeadows", "3047", -37.68, 144.919),
        ("Frankston", "3199", -38.144, 145.126),
        ("Geelong", "3220", -38.149, 144.36),
        ("Ballarat", "3350", -37.562, 143.85),
        ("Bendigo", "3550", -36.757, 144.279),
        ("Springvale", "3171", -37.949, 145.153),
        ("Werribee", "3030", -37.9, 144.663),
        ("Preston", "3072", -37.745, 145.01),
        ("Box Hill", "3128", -37.819, 145.122),
        ("Oakleigh", "3166", -37.9, 145.088),
    ),
}
