"""Portuguese read by ``check.european`` (session 35, from batch 28's Portuguese TIC stories, opened in session 35):
holders' places as the Brazilian press gives them ("Na segunda posição", "Em terceiro lugar", "O primeiro lugar do
ranking ainda é ocupado pela China", "A Irlanda seguiu ocupando a quarta posição", "O Japão segue em segundo lugar"),
read as the English grammar's places (in 2nd place, ranks 1st, remains in 2nd place). The sentences are the corpus's."""

from __future__ import annotations

import pytest

from ustflow.check.european import read


@pytest.mark.parametrize("text, read_as", [
    ("Na segunda posição, a China aparece com US$ 1,081 trilhão em março, 0,98% a mais do que o mês anterior. Em "
     "terceiro lugar aparece o Reino Unido, com US$ 395,3 bilhões em títulos.", "In 2nd place, a China aparece"),
    ("Na segunda posição, a China aparece com US$ 1,081 trilhão em março, 0,98% a mais do que o mês anterior. Em "
     "terceiro lugar aparece o Reino Unido, com US$ 395,3 bilhões em títulos.", "In 3rd place aparece o Britain"),
    ("O primeiro lugar do ranking ainda é ocupado pela China, que elevou sua posição para US$ 767,9 bilhões em março, "
     "de US$ 744,2 bilhões em fevereiro.", "China ranks 1st, que"),
    ("O Japão segue em segundo lugar e aumentou sua posição para US$ 686,7 bilhões, de US$ 661,9 bilhões em "
     "fevereiro.", "Japan remains in 2nd place"),
    ("A Irlanda seguiu ocupando a quarta posição, com US$ 330,4 bilhões, uma alta de 1,91% na comparação mensal. O "
     "Brasil caiu para a sétima posição, com US$ 264,1 bilhões em junho.", "Ireland ranks 4th, with $330.4 billion"),
])
def test_places_in_the_brazilian_press_are_read(text, read_as):
    assert read_as in read(text).text
