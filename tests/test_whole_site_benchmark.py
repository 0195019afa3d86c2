"""The pure parts of `make bench` (benchmarks/whole_site.py): reading wrk's output, the
table it prints, and the hash that decides whether a benchmark database is reused. The
benchmark itself never runs in the suite."""

import pytest

from benchmarks.whole_site import cache_answer, inputs_hash, markdown_table, parse_wrk, ratio

WRK_OUTPUT = """Running 5s test @ http://127.0.0.1:40123/en/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    38.51ms   10.02ms  98.20ms   71.35%
    Req/Sec   207.41     31.77   282.00     68.00%
  2075 requests in 5.01s, 46.31MB read
  Non-2xx or 3xx responses: 12
  Socket errors: connect 0, read 2, write 0, timeout 3
Requests/sec:    414.19
Transfer/sec:      9.24MB
"""


def test_wrk_output_is_read_as_numbers():
    result = parse_wrk(WRK_OUTPUT)
    assert result.requests_per_second == pytest.approx(414.19)
    assert result.requests == 2075
    assert result.failed_responses == 12
    assert result.socket_errors == 5


def test_a_clean_wrk_run_has_no_errors():
    clean = WRK_OUTPUT.replace("  Non-2xx or 3xx responses: 12\n", "").replace(
        "  Socket errors: connect 0, read 2, write 0, timeout 3\n", ""
    )
    result = parse_wrk(clean)
    assert (result.failed_responses, result.socket_errors) == (0, 0)


def test_wrk_output_without_a_rate_is_an_error():
    with pytest.raises(ValueError, match="Requests/sec"):
        parse_wrk("unable to connect to 127.0.0.1:1 Connection refused\n")


def row(**values):
    return {
        "label": "home",
        "url": "/en/",
        "queries": {1: 18, 10: 19},
        "cpu_ms": {1: 12.345, 10: 15.0},
        "region_cpu_ms": {1: 4.04, 10: 4.5},
        "uncached": 200.0,
        "cached": 800.0,
        "cache": "hit",
        "nginx": 16000.0,
        **values,
    }


def test_the_table_has_one_row_per_page_with_the_ratios():
    table = markdown_table([row(), row(label="404", url="/en/no-such-page/", cached=None, cache=None)])
    lines = table.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith(
        "| page | address | queries 1× | queries 10× | render CPU ms 1× | render CPU ms 10× "
        "| from regions ms 1× | from regions ms 10× |"
    )
    assert set(lines[1].replace("|", "").split()) == {"---"}
    assert lines[2] == "| home | `/en/` | 18 | 19 | 12.3 | 15.0 | 4.0 | 4.5 | 200 | 800 | hit | 16000 | 4.00 | 0.05 |"
    # Nothing measured: a dash, never a ratio of nothing.
    assert lines[3] == "| 404 | `/en/no-such-page/` | 18 | 19 | 12.3 | 15.0 | 4.0 | 4.5 | 200 | – | – | 16000 | – | – |"
    assert all(line.count("|") == lines[0].count("|") for line in lines)


def test_small_ratios_keep_two_significant_digits():
    assert ratio(31, 10000) == "0.0031"
    assert ratio(1, 4) == "0.25"
    assert ratio(None, 4) == ratio(4, 0) == "–"


def test_the_page_cache_is_said_to_answer_only_when_its_header_is_sent():
    assert cache_answer([None, None]) == "no header"
    assert cache_answer(["hit", "hit"]) == "hit"
    assert cache_answer(["miss", "hit"]) == "hit/miss"


def test_the_build_hash_changes_with_any_input(tmp_path):
    first, second = tmp_path / "a.py", tmp_path / "b.po"
    first.write_text("x = 1\n")
    second.write_text('msgid "x"\n')
    facts = {"scale": 10, "today": "2026-12-01"}
    digest = inputs_hash([first, second], tmp_path, facts)

    assert inputs_hash([second, first], tmp_path, dict(reversed(facts.items()))) == digest
    assert inputs_hash([first, second], tmp_path, {**facts, "scale": 1}) != digest
    assert inputs_hash([first, second], tmp_path, {**facts, "today": "2026-12-02"}) != digest
    assert inputs_hash([first], tmp_path, facts) != digest
    first.write_text("x = 2\n")
    assert inputs_hash([first, second], tmp_path, facts) != digest
    first.write_text("x = 1\n")
    assert inputs_hash([first, second], tmp_path, facts) == digest
    first.rename(tmp_path / "c.py")
    assert inputs_hash([tmp_path / "c.py", second], tmp_path, facts) != digest
