"""German read by ``check.european`` (session 35, from batch 28's German TIC stories, opened in session 35): the
currency code after the scale ("3,4 Mrd. USD") and the compound for a foreign creditor ("der größte
Auslandsgläubiger der USA"). The sentences are the corpus's."""

from __future__ import annotations

import pytest

from ustflow.check.european import read


@pytest.mark.parametrize("text, read_as", [
    ("Den Angaben zufolge erhöhten sich die Bestände Japans um 3,4 Mrd. USD auf 1.118,5 Mrd. USD. Damit ist das Land wie "
     "schon in den fünf Vormonaten auch weiterhin der größte Auslandsgläubiger der USA.",
     "by $3.4 billion to $1,118.5 billion"),
    ("Den Angaben zufolge erhöhten sich die Bestände Japans um 3,4 Mrd. USD auf 1.118,5 Mrd. USD. Damit ist das Land wie "
     "schon in den fünf Vormonaten auch weiterhin der größte Auslandsgläubiger der USA.",
     "the largest foreign holder der USA"),
])
def test_german_tic_vocabulary_is_read(text, read_as):
    assert read_as in read(text).text
