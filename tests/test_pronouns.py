"""Who a French pronoun stands for: the gender of a named person, and what a person's career sounds like."""
from graph.analysis.pronouns import career_predicate, gender, person_pronoun


def test_gender_from_apposition_then_first_name():
    # upper case: told by an apposition; lower case: guessed from the first name
    assert gender("Hélène Marchand", ", sa directrice générale, et Yann Caradec.", "fr") == "F"
    assert gender("Camille Roux", ", ancien ingénieur de Thales.", "fr") == "M"
    assert gender("Yann Caradec", ". Elle a travaillé chez X.", "fr") == "m"      # no apposition: the first name
    assert gender("Baptiste Roy", ".", "fr") == "m"                                # a masculine name in -e
    assert gender("Maud Roy", ".", "fr") == "f"                                    # a feminine name not in -e
    assert gender("Camille Roux", ".", "fr") is None                               # either
    assert gender("Marchand", ", qui dirige la société.", "fr") is None             # a surname alone
    assert gender("Hugo Marchal", ", elle vient de boucler un tour de table.", "fr") == "m"  # no cue in a main clause


def test_career_predicates():
    career = career_predicate("fr")
    assert career is not None
    for tail in (" a passé quinze ans chez", " a d'abord travaillé chez", " arrive de", " vient de Capgemini",
                 " était chercheuse au", " rejoint ensuite"):
        assert career.match(tail), tail
    for tail in (" vient de lever", " a levé 3 millions", " a passé un accord avec", " était valorisée",
                 " emploie 40 personnes"):
        assert not career.match(tail), tail
    assert person_pronoun("Elle", "fr") == "f" and person_pronoun("lui", "fr") == "m"
    assert career_predicate("xx") is None
