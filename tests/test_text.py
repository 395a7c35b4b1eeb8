"""Text with inline figures, templates, years, terms and document references."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govreport as gr

STUDY = gr.metric("study.sessions", 10, "次", approx="余", label="专题学习")


class TestTemplate:
    def test_placeholders_take_figures(self) -> None:
        """A template places typed figures where its placeholders are."""
        t = gr.text(
            "开展专题学习达{study}，宣讲{talks}。",
            study=STUDY,
            talks=gr.metric("talks", 30, "次", approx="余", label="宣讲"),
        )
        assert t.parts[0] == "开展专题学习达"
        assert t.parts[1] is STUDY
        assert [type(p).__name__ for p in t.parts] == ["str", "Metric", "str", "Metric", "str"]

    def test_unknown_placeholder_is_refused(self) -> None:
        """A placeholder without a figure is an error naming it."""
        with pytest.raises(gr.ValidationError) as err:
            gr.text("发文{total}件")
        assert str(err.value) == "placeholder {total} has no figure in '发文{total}件'"

    def test_unused_figure_is_refused(self) -> None:
        """A figure that no placeholder uses is an error: it would be lost."""
        with pytest.raises(gr.ValidationError) as err:
            gr.text("开展专题学习。", study=STUDY)
        assert str(err.value) == "figure(s) study not used in '开展专题学习。'"

    def test_format_specs_are_refused(self) -> None:
        """Placeholders are plain names; format specs would bypass the formatter."""
        with pytest.raises(gr.ValidationError, match="must be a plain name"):
            gr.text("{study:>5}", study=STUDY)

    def test_braces_are_escaped_by_doubling(self) -> None:
        """{{ and }} write literal braces."""
        assert gr.text("{{x}}").plain() == "{x}"

    def test_unbalanced_brace_is_refused(self) -> None:
        """A lone brace is a template error, not silently kept."""
        with pytest.raises(gr.ValidationError, match="bad template"):
            gr.text("a { b")

    def test_same_figure_twice_is_cited(self) -> None:
        """A placeholder may appear twice: the second place cites the one metric."""
        t = gr.text("{s}，{s}", s=STUDY)
        report = gr.Report(title=t, authority="某乡", year=2023)
        assert report.title.parts == (STUDY, "，", gr.Cite(id="study.sessions"))
        assert list(report.metrics()) == ["study.sessions"]
        assert gr.render(report, "text").splitlines()[1] == "10余次，10余次"

    def test_two_figures_with_one_id_are_refused(self) -> None:
        """Two different figures may not share an id; the error says how to cite instead."""
        other = gr.metric("study.sessions", 12, "次", label="专题学习")
        with pytest.raises(gr.ValidationError, match=r"used twice; to cite the same figure"):
            gr.Report(title=gr.text("{a}{b}", a=STUDY, b=other), authority="某乡", year=2023)

    def test_written_figures_inline(self) -> None:
        """{10余次} is a figure as written; {id=…} gives it an id; {=id} cites it again."""
        t = gr.text("学习{10余次}，宣讲{study.talks=30余次}，共{=study.talks}。")
        first, talks, cite = (p for p in t.parts if not isinstance(p, str))
        assert first == gr.figure("10余次")
        assert talks == gr.figure("30余次", id="study.talks")
        assert cite == gr.Cite(id="study.talks")

    def test_year_placeholders(self) -> None:
        """{year} and {next_year} are the report year and the next; a keyword wins."""
        t = gr.text("{year}年至{next_year}年")
        assert t.parts == (gr.ReportYear(), "年至", gr.ReportYear(offset=1), "年")
        assert gr.text("{year}", year=gr.Year(value=2020)).parts == (gr.Year(value=2020),)

    def test_unreadable_inline_figure_says_where(self) -> None:
        """A placeholder that is neither a keyword nor a figure names its position."""
        with pytest.raises(gr.ValidationError) as err:
            gr.text("学习{{}}达{10余回}。")
        message = str(err.value)
        assert message.startswith("placeholder {10余回} at position 7 of '学习{{}}达{10余回}。'")
        assert "'回' at position 3" in message

    def test_bad_citation_id_is_refused(self) -> None:
        """{=…} needs a dotted id."""
        with pytest.raises(gr.ValidationError, match="dotted id"):
            gr.text("{=Bad Id}")


class TestText:
    def test_adjacent_strings_merge(self) -> None:
        """Texts that read the same with the same figures are equal."""
        assert gr.Text(("a", "", "b", STUDY, "c")) == gr.Text(("ab", STUDY, "c"))

    @given(
        st.lists(
            st.one_of(
                st.sampled_from(["", "a", "b", " "]), st.just(STUDY), st.just(gr.ReportYear())
            )
        )
    )
    def test_parts_already_normal_are_kept_as_they_are(self, parts: list[gr.Inline]) -> None:
        """A tuple of parts is normalised only where it needs to be: the result is the
        same as normalising every part of the same parts given as an iterator."""
        given_tuple = tuple(parts)
        normal = gr.Text(iter(parts)).parts
        assert gr.Text(given_tuple).parts == normal
        assert all(p != "" for p in normal)
        assert not any(
            isinstance(a, str) and isinstance(b, str) for a, b in itertools.pairwise(normal)
        )
        if normal == given_tuple:
            assert gr.Text(given_tuple).parts is given_tuple

    @given(st.lists(st.one_of(st.text(alphabet=" \u3000\t\n甲", max_size=3), st.just(STUDY))))
    def test_blank_is_white_space_alone(self, parts: list[gr.Inline]) -> None:
        """A text is blank when every part is a string of white space (or empty)."""
        text = gr.Text(tuple(parts))
        assert text.is_blank() == all(isinstance(p, str) and not p.strip() for p in parts)

    def test_wrong_part_type_is_refused(self) -> None:
        """Only strings and inline model objects may be parts."""
        with pytest.raises(gr.ModelTypeError, match=r"'parts'\[1\] must be a str, Metric, Figure"):
            gr.Text(("a", 5))  # type: ignore[arg-type]

    def test_plain_and_metrics(self) -> None:
        """plain() drops figures; metrics() lists them."""
        t = gr.text("学习{s}。", s=STUDY)
        assert t.plain() == "学习。"
        assert list(t.metrics()) == [STUDY]


class TestYears:
    def test_report_year_resolves(self) -> None:
        """ReportYear is relative to the report's year."""
        assert gr.ReportYear().resolve(2023) == 2023
        assert gr.ReportYear(offset=1).resolve(2023) == 2024

    @pytest.mark.parametrize("year", [1948, 2101])
    def test_year_out_of_range(self, year: int) -> None:
        """Years lie in [1949, 2100]."""
        with pytest.raises(gr.ValidationError) as err:
            gr.Year(value=year)
        assert str(err.value) == f"'value' must be in [1949, 2100] (got {year})"


class TestTerms:
    def test_empty_terms_are_refused(self) -> None:
        """An enumeration has at least one term."""
        with pytest.raises(gr.ValidationError, match="'items' must not be empty"):
            gr.Terms(items=())

    def test_blank_term_is_refused(self) -> None:
        """Each term has text."""
        with pytest.raises(gr.ValidationError, match="non-empty strings"):
            gr.Terms(items=("a", " "))


class TestDocumentNumber:
    def test_written_form(self) -> None:
        """A document number is written code〔year〕seq号."""
        assert (
            str(gr.DocumentNumber(code="石柱府办发", year=2023, seq=26)) == "石柱府办发〔2023〕26号"
        )

    def test_parse_round_trip(self) -> None:
        """parse() reads what str() writes."""
        n = gr.DocumentNumber.parse("工作通知〔2023〕38号")
        assert (n.code, n.year, n.seq) == ("工作通知", 2023, 38)

    @pytest.mark.parametrize(
        "bad",
        [
            "石柱府办发[2023]26号",
            "石柱府办发(2023)26号",
            "石柱府办发（2023）26号",
            "石柱府办发〔23〕26号",
            "石柱府办发〔2023〕026号",
            "石柱府办发〔2023〕第26号",
            "石柱府办发〔2023〕26",
        ],
    )
    def test_malformed_numbers_are_refused(self, bad: str) -> None:
        """Square or round brackets, short years, padding and 第 are refused (GB/T 9704 §7.2.5)."""
        with pytest.raises(gr.ValidationError) as err:
            gr.DocumentNumber.parse(bad)
        assert str(err.value) == (
            "'number' must be written code〔year〕seq号 with 六角括号 〔〕, a four-digit year "
            f"and no zero padding (got {bad!r})"
        )

    def test_code_with_brackets_is_refused(self) -> None:
        """The code is the issuer's abbreviation only."""
        with pytest.raises(gr.ValidationError, match="without brackets, digits or spaces"):
            gr.DocumentNumber(code="府发[", year=2023, seq=1)

    @pytest.mark.parametrize("seq", [0, -1])
    def test_sequence_starts_at_one(self, seq: int) -> None:
        """Sequence numbers are whole numbers from 1."""
        with pytest.raises(gr.ValidationError, match=rf"^'seq' must be at least 1 \(got {seq}\)$"):
            gr.DocumentNumber(code="府发", year=2023, seq=seq)


class TestDocumentReference:
    def test_number_from_string(self) -> None:
        """A written number is parsed and validated."""
        ref = gr.DocumentReference(title="通知", number="工作通知〔2023〕38号")
        assert ref.number == gr.DocumentNumber(code="工作通知", year=2023, seq=38)

    def test_needs_title_or_number(self) -> None:
        """An empty reference is refused."""
        with pytest.raises(gr.ValidationError, match="needs a 'title' or a 'number'"):
            gr.DocumentReference()

    def test_empty_title_is_refused(self) -> None:
        """《》 is not a title."""
        with pytest.raises(gr.ValidationError, match="'title' must not be empty"):
            gr.DocumentReference(title="")

    def test_title_may_hold_years(self) -> None:
        """A cited title may mention the report year as a typed year."""
        ref = gr.DocumentReference(title=gr.text("关于做好{y}年工作的通知", y=gr.ReportYear()))
        assert ref.title is not None
        assert gr.ReportYear() in ref.title.parts
