"""`wirecoder settings` and `--config`: what a user sees of the configuration in force."""

from wirecoder.cli import main


def test_settings_shows_values_in_force_and_masks_tokens(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("WIRECODER_TOKEN", "very-secret-token")
    path = tmp_path / "wirecoder.toml"
    path.write_text('headline_rule = "majority"\n')
    assert main(["--config", str(path), "settings"]) == 0
    out = capsys.readouterr().out
    assert "very-secret-token" not in out
    token = next(line for line in out.splitlines() if line.startswith("token "))
    assert "(set)" in token and "[WIRECODER_TOKEN]" in token
    assert "'majority'" in next(line for line in out.splitlines() if line.startswith("headline_rule "))


def test_a_bad_setting_is_one_error_line_and_exit_2(capsys, monkeypatch):
    monkeypatch.setenv("WIRECODER_HEADLINE_RULE", "median")
    assert main(["settings"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("wirecoder settings: error:") and "WIRECODER_HEADLINE_RULE" in err
    assert len(err.strip().splitlines()) == 1
