"""The world's seeded generators draw what ``random.Random`` draws and tell when they moved (the state
file's rows store a generator only then, ``deltas.py``)."""

from __future__ import annotations

import random

from wawp_emulator.generators import Generator
from wawp_emulator.world import World


def test_a_generator_draws_what_random_draws_from_the_same_seed() -> None:
    plain, versioned = random.Random("7:ids"), Generator("7:ids")
    for draw in (
        lambda r: r.random(),
        lambda r: r.getrandbits(80),
        lambda r: r.randrange(10),
        lambda r: r.choice("ABCDEFGH"),
        lambda r: r.gauss(0.0, 1.0),
        lambda r: r.randbytes(5),
        lambda r: r.sample(range(100), 5),
    ):
        assert [draw(plain) for _ in range(40)] == [draw(versioned) for _ in range(40)]
    assert plain.getstate() == versioned.getstate()


def test_every_draw_seed_and_setstate_moves_the_version_and_a_look_does_not() -> None:
    generator = Generator(1)
    seen = {generator.version}
    for change in (
        lambda g: g.random(),
        lambda g: g.randrange(3),
        lambda g: g.choice("ab"),
        lambda g: g.setstate(g.getstate()),
        lambda g: g.seed(2),
    ):
        change(generator)
        assert generator.version not in seen
        seen.add(generator.version)
    looked = generator.version
    generator.getstate()
    assert generator.version == looked


def test_a_new_generator_never_shows_a_version_another_had() -> None:
    first = Generator(0)
    second = Generator(0)
    assert second.version > first.version


def test_the_worlds_generators_are_versioned() -> None:
    world = World(seed=3)
    assert all(type(g) is Generator for g in (world.rng, world.ids.rng, world.faults.rng))
    world.reseed(4)
    assert all(type(g) is Generator for g in (world.rng, world.ids.rng, world.faults.rng))
