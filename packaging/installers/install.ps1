# Install notadesk from this offline bundle on Windows. Needs no network.
#
#   powershell -ExecutionPolicy Bypass -File install.ps1 [-Target DIR]
#
# It checks SHA256SUMS, creates a Python virtual environment in DIR (default
# %LOCALAPPDATA%\notadesk\venv), installs notadesk and its dependencies from .\wheelhouse only
# (pip --no-index), and puts a "notadesk" shortcut in the Start menu.
param(
    [string]$Target = (Join-Path $env:LOCALAPPDATA "notadesk\venv"),
    [string]$Python = ""
)
$ErrorActionPreference = "Stop"
$Here = Split-Path -Parent $MyInvocation.MyCommand.Path

function Fail($Message) {
    Write-Host "notadesk install: $Message" -ForegroundColor Red
    exit 1
}

# 1. The bundle is intact.
foreach ($line in Get-Content (Join-Path $Here "SHA256SUMS")) {
    if (-not $line.Trim()) { continue }
    $expected, $name = $line -split "  ", 2
    $path = Join-Path $Here ($name -replace "/", "\")
    if (-not (Test-Path -LiteralPath $path)) { Fail "$name is missing from the bundle; copy it again." }
    $actual = (Get-FileHash -Algorithm SHA256 -LiteralPath $path).Hash.ToLower()
    if ($actual -ne $expected) { Fail "$name does not match SHA256SUMS; copy the bundle again." }
}
Write-Host "notadesk install: all files match SHA256SUMS"

# 2. A Python the bundle has wheels for (the py launcher first, then python on PATH).
$Cmd = @()
if ($Python) { $Cmd = @($Python) }
elseif (Get-Command py -ErrorAction SilentlyContinue) {
    foreach ($v in "3.12", "3.11") {
        # Windows PowerShell 5.1 turns a native command's redirected stderr into an error
        # under "Stop": a missing version must not end the script, so catch it.
        try { & py "-$v" -c "import sys" 2>$null | Out-Null } catch { continue }
        if ($LASTEXITCODE -eq 0) { $Cmd = @("py", "-$v"); break }
    }
}
if (-not $Cmd -and (Get-Command python -ErrorAction SilentlyContinue)) { $Cmd = @("python") }
if (-not $Cmd) { Fail "no Python 3.11 or 3.12 found; install it from the python.org installer first." }
$Exe = $Cmd[0]; $ExeArgs = @($Cmd | Select-Object -Skip 1)
$Version = (& $Exe @ExeArgs -c "import sys; print('%d.%d' % sys.version_info[:2])").Trim()
if ($Version -notin @("3.11", "3.12")) {
    Fail "Python $Version found; the bundle holds wheels for Python 3.11 and 3.12 only."
}

# 3. A fresh virtual environment, filled from the wheelhouse alone.
Write-Host "notadesk install: installing into $Target with Python $Version"
& $Exe @ExeArgs -m venv --clear $Target
if ($LASTEXITCODE -ne 0) { Fail "could not create a virtual environment in $Target." }
$VenvPython = Join-Path $Target "Scripts\python.exe"
# pip reads no configuration file here: no index, mirror or constraint from the machine applies.
$env:PIP_CONFIG_FILE = "nul"
& $VenvPython -m pip install --quiet --disable-pip-version-check --no-index `
    --find-links (Join-Path $Here "wheelhouse") notadesk
if ($LASTEXITCODE -ne 0) { Fail "pip could not install notadesk from the wheelhouse (see above)." }
Copy-Item (Join-Path $Here "THIRD-PARTY-NOTICES.txt") $Target

# 4. A Start-menu shortcut that opens the window without a console.
$Programs = [Environment]::GetFolderPath("Programs")
$Shell = New-Object -ComObject WScript.Shell
$Link = $Shell.CreateShortcut((Join-Path $Programs "notadesk.lnk"))
$Link.TargetPath = Join-Path $Target "Scripts\pythonw.exe"
$Link.Arguments = "-m notadesk"
$Link.WorkingDirectory = $env:USERPROFILE
$Link.Save()

$Installed = (& (Join-Path $Target "Scripts\notadesk.exe") --version)
if ($LASTEXITCODE -ne 0) { Fail "notadesk was installed but does not start." }
Write-Host "notadesk install: done: $Installed. Start it from the Start menu (notadesk)."
Write-Host "The command line is $(Join-Path $Target 'Scripts\notadesk.exe')."
