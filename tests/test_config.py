"""The configuration: validated once, frozen, read from the environment and a file only by
``settings.load_config``, and handed down to the stages by its owner."""

import ast
from pathlib import Path

import pytest

import wirecoder
from wirecoder.config import Config
from wirecoder.errors import ConfigError
from wirecoder.settings import describe, load_config

SRC = Path(wirecoder.__file__).parent


def test_defaults_are_plain_values_that_ignore_the_environment(monkeypatch):
    monkeypatch.setenv("WIRECODER_HEADLINE_RULE", "majority")
    assert Config().headline_rule == "lowest_credible"
    assert load_config().headline_rule == "majority"


@pytest.mark.parametrize("name,value", [
    ("headline_rule", "median"), ("duplicate_threshold", 1.5), ("max_chars", 0), ("nlp_batch_size", -1),
])
def test_values_outside_their_range_are_refused(name, value):
    with pytest.raises(ConfigError, match=name):
        load_config(**{name: value})


def test_a_misspelt_value_or_variable_in_the_environment_is_an_error(monkeypatch):
    monkeypatch.setenv("WIRECODER_HEADLINE_RULE", "median")
    with pytest.raises(ConfigError, match="WIRECODER_HEADLINE_RULE"):
        load_config()
    monkeypatch.delenv("WIRECODER_HEADLINE_RULE")
    monkeypatch.setenv("WIRECODER_HEADLNE_RULE", "majority")
    with pytest.raises(ConfigError, match="unknown setting WIRECODER_HEADLNE_RULE"):
        load_config()


def test_precedence_is_overrides_then_environment_then_file(tmp_path, monkeypatch):
    path = tmp_path / "wirecoder.toml"
    path.write_text('headline_rule = "majority"\nmerge_window_days = 5\nduplicate_threshold = 0.7\n')
    monkeypatch.setenv("WIRECODER_MERGE_WINDOW_DAYS", "2")
    config = load_config(path, duplicate_threshold=0.9)
    assert (config.headline_rule, config.merge_window_days, config.duplicate_threshold) == ("majority", 2, 0.9)
    monkeypatch.setenv("WIRECODER_CONFIG", str(path))
    assert load_config().headline_rule == "majority"


def test_a_bad_config_file_names_the_file_and_the_key(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("merge_treshold = 0.7\n")
    with pytest.raises(ConfigError, match="bad.toml.*merge_treshold"):
        load_config(path)
    path.write_text("headline_rule = [\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)
    with pytest.raises(ConfigError, match="missing.toml"):
        load_config(tmp_path / "missing.toml")


def test_the_config_is_frozen_and_secrets_are_masked(monkeypatch):
    monkeypatch.setenv("WIRECODER_TOKEN", "s3cret-token")
    config = load_config()
    with pytest.raises(Exception, match="frozen"):
        config.headline_rule = "majority"
    assert "s3cret" not in repr(config) and "s3cret" not in str(describe(config))
    assert config.token.get_secret_value() == "s3cret-token"
    changed = config.replace(duplicate_threshold=0.9)
    assert changed.duplicate_threshold == 0.9 and changed.token.get_secret_value() == "s3cret-token"
    with pytest.raises(Exception, match="headline_rule"):
        config.replace(headline_rule="median")


def test_describe_lists_every_setting_with_its_variable():
    rows = describe(Config())
    assert [r[0] for r in rows] == list(Config.model_fields)
    assert all(r[2] and r[3] == "WIRECODER_" + r[0].upper() for r in rows)


def _reads_environment(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv"}:
            if isinstance(node.value, ast.Name) and node.value.id == "os" and not isinstance(node.ctx, ast.Store):
                # a subscript assignment (os.environ[...] = ...) hands a value on; it reads nothing
                parent_assigns = any(isinstance(n, ast.Assign) and any(
                    isinstance(t, ast.Subscript) and t.value is node for t in n.targets) for n in ast.walk(tree))
                if not parent_assigns:
                    return True
    return False


def test_only_the_settings_module_reads_the_environment():
    readers = sorted(str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if _reads_environment(p))
    assert readers == ["settings.py"]
