# One command from a fresh clone to the running assistant on Windows (what ./run does on Linux and macOS): sets up
# .venv on first use (the app only, no test tools), then starts `delmaal`. Extra arguments are passed on:
#   .\run.ps1              the assistant in this window
#   .\run.ps1 web          the assistant in the browser
#   .\run.ps1 check "At borgeren …"
# If Windows refuses to run scripts: powershell -ExecutionPolicy Bypass -File .\run.ps1 web
# Needs Python 3.11 or newer from python.org (its "py" launcher) or on PATH, and access to PyPI.
# Saved as UTF-8 with a byte-order mark: Windows PowerShell 5.1 reads a .ps1 without one as ANSI (cp1252).
# No global $ErrorActionPreference = 'Stop': in 5.1 it turns any stderr line of a native command (python, pip)
# into a terminating error; every step checks $LASTEXITCODE or uses -ErrorAction Stop instead.
Set-Location -LiteralPath $PSScriptRoot -ErrorAction Stop

# Python: the py launcher that python.org installs, else "python" on PATH (not the Microsoft Store stub).
$python = $null
foreach ($candidate in @(@('py', '-3'), @('python'))) {
    if (Get-Command $candidate[0] -ErrorAction SilentlyContinue) {
        $exe = $candidate[0]
        $extra = @($candidate | Select-Object -Skip 1)
        $found = & $exe @extra -c 'import sys; print(sys.executable)' 2>$null
        if ($LASTEXITCODE -eq 0 -and $found) { $python = "$found".Trim(); break }
    }
}
if (-not $python) {
    Write-Host 'delmaal-assistant kræver Python 3.11 eller nyere. Installér Python fra python.org og prøv igen.'
    exit 2
}
& $python -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'
if ($LASTEXITCODE -ne 0) {
    Write-Host "delmaal-assistant kræver Python 3.11 eller nyere ($python er for gammel)."
    exit 2
}

# Install (again) only when pyproject.toml changed since the last install.
$sum = (Get-FileHash -LiteralPath 'pyproject.toml' -Algorithm SHA256 -ErrorAction Stop).Hash.Substring(0, 16)
$venv = Join-Path $PSScriptRoot '.venv'  # absolute: PowerShell runs nothing by a bare relative name
$venvPython = Join-Path $venv 'Scripts\python.exe'
$stamp = Join-Path $venv ".installed-app-$sum"
if (-not (Test-Path -LiteralPath $stamp)) {
    Write-Host 'Installerer delmaal-assistant i .venv (første gang tager det et par minutter) …'
    if (-not (Test-Path -LiteralPath $venvPython)) {
        & $python -m venv $venv
        if ($LASTEXITCODE -ne 0) { Write-Host 'Kunne ikke oprette .venv.'; exit 2 }
    }
    & $venvPython -m pip install --quiet --upgrade pip
    if ($LASTEXITCODE -ne 0) { Write-Host 'pip kunne ikke opdateres.'; exit 2 }
    & $venvPython -m pip install --quiet -e .
    if ($LASTEXITCODE -ne 0) { Write-Host 'delmaal-assistant kunne ikke installeres.'; exit 2 }
    Remove-Item -Path (Join-Path $venv '.installed-app-*') -ErrorAction SilentlyContinue
    New-Item -ItemType File -Path $stamp -ErrorAction Stop | Out-Null
}

& (Join-Path $venv 'Scripts\delmaal.exe') @args
exit $LASTEXITCODE
