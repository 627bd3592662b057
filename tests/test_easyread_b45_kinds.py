"""«Dit delmål»: kinds a blind set's first look found (issue 24, b45), each built with invented examples – a staff
title said where it is certain who it is, staff numbers in the plural, a former contact person, an actor who only may
take part, and an instruction to staff after a dash or colon."""

from __future__ import annotations

import pytest

from sample_delmaal import easy_of_example


def _helpers(text: str) -> str:
    return text.split("Hvem er med dig", 1)[1].split("\n\n", 1)[0] if "Hvem er med dig" in text else ""


@pytest.mark.parametrize("written, said", [
    ("Kim øver at stå ved baren sammen med ergo hver tirsdag.",
     "Du øver at stå ved baren sammen med ergoterapeuten hver tirsdag."),
    ("Kim går til ergo om mandagen.", "Du går til ergoterapeuten om mandagen."),
    ("Fys. kommer onsdag og strækker benene ud med Kim.", "Fysioterapeuten kommer onsdag og strækker benene ud med dig."),
    ("Ergo viser Kim den nye ske.", "Ergoterapeuten viser dig den nye ske."),
    ("Kim cykler sammen med fys. hver fredag.", "Du cykler sammen med fysioterapeuten hver fredag."),
])
def test_a_therapist_written_short_is_said_where_only_a_person_fits(tmp_path, written, said):
    text, _ = easy_of_example(tmp_path, name="Kim", actions=written)
    assert said in text, text


@pytest.mark.parametrize("written", [
    "Fys. hjælper mod smerterne i ryggen.",     # the training or the therapist? left out
    "Kim træner med fys. hver dag.",            # the exercises or the therapist? left out
    "Ergo går godt for Kim.",
])
def test_a_therapist_written_short_stays_out_where_it_may_be_the_therapy(tmp_path, written):
    text, left = easy_of_example(tmp_path, name="Kim", actions=written)
    assert "terapeut" not in text, text
    assert written in left, left


@pytest.mark.parametrize("written, said", [
    ("2 medarb. hjælper Kim i badet.", "2 medarbejdere hjælper dig i badet."),
    ("Når to pæd. er på arbejde, går Kim i svømmehallen.", "Når to pædagoger er på arbejde, går du i svømmehallen."),
])
def test_a_number_of_staff_is_said_in_the_plural(tmp_path, written, said):
    from delmaal_assistant.core.outputs import morph
    text, left = easy_of_example(tmp_path, name="Kim", actions=written)
    assert "medarbejderen" not in text and "pædagogen" not in text, text
    if morph.available() or "Når" in written:
        assert said in text, text
    else:  # without the analyser «2 medarbejdere» is not known for the subject: left out, never guessed
        assert written in left, left


@pytest.mark.parametrize("written, said", [
    ("Kp. ringer til tidl. kp. hver fredag.", "Din kontaktperson ringer til din tidligere kontaktperson hver fredag."),
    ("Tidl. kp. kommer på besøg i maj.", "Din tidligere kontaktperson kommer på besøg i maj."),
    ("Kim har tidl. boet i Vejle.", "Du har tidligere boet i Vejle."),
])
def test_tidl_is_written_out_and_a_former_contact_person_keeps_the_word_order(tmp_path, written, said):
    text, _ = easy_of_example(tmp_path, name="Kim", actions=written)
    assert said in text, text


@pytest.mark.parametrize("name, how", [
    ("Søster Line", "Vil gerne med til koncerten, hvis hun kan få fri."),
    ("Søster Line", "Kommer måske med på turen."),
    ("Søster Line", "Evt. med til mødet i marts."),
    ("Bror Ib", "Hvis han har tid, kører han Kim hjem."),
])
def test_an_actor_who_only_may_take_part_is_never_said_to_be_with_you(tmp_path, name, how):
    text, _ = easy_of_example(tmp_path, name="Kim", actors=[{"name": name, "how": how}])
    assert "er også med" not in text, text


def test_an_actor_whose_how_is_left_out_for_another_reason_is_still_with_you(tmp_path):
    text, _ = easy_of_example(tmp_path, name="Kim", actors=[{"name": "Søster Line", "how": "Samtaler."}])
    assert "Din søster Line er også med." in text, text


@pytest.mark.parametrize("written", [
    "Morgen: lift, bad, medicin kl. 7.30 – spørg før hver del.",
    "Ved feber: ring til lægen.",
    "Kim spiser frokost kl. 12; giv ham god tid.",
])
def test_an_instruction_to_staff_after_a_dash_colon_or_semicolon_is_never_said(tmp_path, written):
    text, left = easy_of_example(tmp_path, name="Kim", actions=written)
    verb = written.split("; ")[-1].split(": ")[-1].split("– ")[-1].split()[0]  # «spørg», «ring», «giv»
    assert verb not in text, text
    assert any(verb in x for x in left), left


@pytest.mark.parametrize("written, said", [
    ("Kim vasker tøj om onsdagen – vi hjælper med sæben.", "Du vasker tøj om onsdagen – vi hjælper med sæben."),
    ("Tirsdag: Kim går til svømning kl. 10.", "Du går til svømning kl. 10."),
])
def test_a_dash_or_colon_before_a_sentence_with_its_subject_is_said(tmp_path, written, said):
    text, _ = easy_of_example(tmp_path, name="Kim", actions=written)
    assert said in text, text


def test_the_dot_of_a_support_worker_written_short_before_a_lower_case_word_is_no_end(tmp_path):
    text, _ = easy_of_example(tmp_path, name="Kim", actions=(
        "Hvis Kim ikke har betalt den 1., ringer bst. den 2. og I gør det sammen."))
    assert "Hvis du ikke har betalt den 1., ringer din bostøtte den 2. og I gør det sammen." in text, text


def test_a_text_message_in_single_quotes_is_never_cut(tmp_path):
    text, _ = easy_of_example(tmp_path, name="Kim", actions=(
        "Kp. sender sms hver mandag kl. 12: 'Hej Kim. Hvordan går det?' og Kim svarer samme dag."))
    assert "'Hej dig.\n" not in text, text
    assert "\nHvordan går det?' og du svarer" not in text, text


def test_a_title_before_the_reached_label_of_the_measurement_ends_its_sentence(tmp_path):
    text, _ = easy_of_example(tmp_path, name="Kim", measurement=(
        "Kim sender billede af maden til kp. Nået ved mindst 10 af 12 gange."))
    assert "kontaktperson Nået" not in text, text


def test_a_named_person_with_a_former_role_is_said_by_name(tmp_path):
    text, _ = easy_of_example(tmp_path, name="Kim", actors=[
        {"name": "Tidligere plejemor Hanne", "how": "Skriver til Kim hver søndag."}])
    assert "En tidligere plejemor" not in text, text
    assert "Hanne (tidligere plejemor) skriver til dig hver søndag." in text, text


@pytest.mark.parametrize("written", [
    "Faste stillinger i sengen kl. 22 og 2 fortsætter de første 6 uger.",
    "Vi måler hver aften de sidste 2 uger.",
])
def test_de_before_an_ordinal_a_count_and_weeks_is_an_article(written):
    from delmaal_assistant.core.outputs.duform.resident import Resident
    from delmaal_assistant.core.outputs.duform.transform import transform
    res = transform(written, Resident(("Kim",), "han"))
    assert res.sentences == [written], res


def test_de_as_a_subject_after_the_verb_is_still_doubted():
    from delmaal_assistant.core.outputs.duform.resident import Resident
    from delmaal_assistant.core.outputs.duform.transform import transform
    res = transform("Om aftenen holder de 5 minutters pause.", Resident(("Kim",), "han"))
    assert not res.sentences, res


def test_a_deadline_day_of_the_month_is_no_fixed_day(tmp_path):
    text, left = easy_of_example(tmp_path, name="Kim", wording=(
        "At Kim betaler selv sin husleje senest den 1. i hver måned frem til 1. juni 2027."))
    assert "\nDen 1. i hver måned." not in text, text
    assert "Hvor tit" not in text or "Senest den 1." in text, text


def test_the_end_date_after_senest_keeps_the_weekly_line(tmp_path):
    text, _ = easy_of_example(tmp_path, name="Kim", wording="At Kim går i bad hver mandag senest 1. juni 2027.")
    assert "Hvor tit\nHver mandag." in text, text


def test_a_criterion_alone_with_de_before_a_stretch_of_time_gets_its_main_clause():
    from delmaal_assistant.core.outputs.easyread import criterion_sentences
    said = criterion_sentences("når Kim har lagt tøjet i skufferne de sidste 3 fredage.")
    assert said == "Målet er nået, når Kim har lagt tøjet i skufferne de sidste 3 fredage.", said


@pytest.mark.parametrize("written, said", [
    ("En hjemmehjælper følger Kim til bussen.", "En hjemmehjælper følger dig til bussen."),
    ("En hjælper kører Kim hjem om fredagen.", "En hjælper kører dig hjem om fredagen."),
    ("Hver dag følger en hjemmehjælper Kim til bussen.", "Hver dag følger en hjemmehjælper dig til bussen."),
])
def test_a_job_in_er_after_an_article_is_the_subject_never_the_verb(written, said):
    from delmaal_assistant.core.outputs import morph
    from delmaal_assistant.core.outputs.duform.resident import Resident
    from delmaal_assistant.core.outputs.duform.transform import transform
    res = transform(written, Resident(("Kim",), "han"))
    assert not any(" du " in s or s.endswith(" du.") for s in res.sentences), res  # never «følger du til bussen»
    if morph.available() or written.startswith("Hver"):
        assert res.sentences == [said], res


def test_the_same_word_as_a_verb_is_still_the_verb():
    from delmaal_assistant.core.outputs.duform.resident import Resident
    from delmaal_assistant.core.outputs.duform.transform import transform
    res = transform("Kp hjælper Kim med opvasken.", Resident(("Kim",), "han"))
    assert res.sentences == ["Din kontaktperson hjælper dig med opvasken."], res


@pytest.mark.parametrize("written, gender", [
    ("Din mentor går med Ida op til disken, så står hun ved bordet.", "hun"),
    ("Mentor går med Ida op til disken, så står hun ved bordet.", "hun"),
    ("Chaufføren henter Ida, og bagefter venter hun i bilen.", "hun"),
    ("Hvis Søren er på arbejde er det ham der sidder med Ida.", "hun"),
    ("Hvis Søren er på arbejde er det ham der sidder med Ole.", "han"),
])
def test_a_han_hun_that_may_be_the_other_person_is_never_du(written, gender):
    # (b45 after, the lead: «så står du ved bordet» – it was the mentor; «er det dig der sidder med dig»)
    from delmaal_assistant.core.outputs.duform.resident import Resident
    from delmaal_assistant.core.outputs.duform.transform import transform
    name = "Ida" if "Ida" in written else "Ole"
    res = transform(written, Resident((name,), gender))
    assert not any(("står du" in s or "venter du" in s or "dig der sidder med dig" in s) for s in res.sentences), res


@pytest.mark.parametrize("written, said", [
    ("Ida går til disken, og så står hun ved bordet.", "Du går til disken, og så står du ved bordet."),
    ("Det er Ida der vælger, og det er hende der bestemmer.", "Det er dig der vælger, og det er dig der bestemmer."),
])
def test_the_residents_own_han_hun_after_herself_is_still_du(written, said):
    from delmaal_assistant.core.outputs.duform.resident import Resident
    from delmaal_assistant.core.outputs.duform.transform import transform
    from delmaal_assistant.core.outputs import morph
    res = transform(written, Resident(("Ida",), "hun")).sentences
    assert res == [said] if morph.available() else res in ([said], []), res  # (without it: left out, never wrong)


@pytest.mark.parametrize("written, said", [
    ("Sygeplejersken vejer Lene, når hun får sin depotinjektion, og giver os besked.",
     "Sygeplejersken vejer dig, når du får din depotinjektion, og giver os besked."),
    ("Sygeplejersken taler med Lene og beslutter med lægen hvornår hun kan få dosisæske.",
     "Sygeplejersken taler med dig og beslutter med lægen hvornår du kan få dosisæske."),
])
def test_a_han_hun_opening_a_subordinate_clause_after_a_role_is_still_the_residents(written, said):
    from delmaal_assistant.core.outputs import morph
    from delmaal_assistant.core.outputs.duform.resident import Resident
    from delmaal_assistant.core.outputs.duform.transform import transform
    res = transform(written, Resident(("Lene",), "hun")).sentences
    assert res == [said] if morph.available() else res in ([said], []), res
