@echo off
rem Install notadesk from this offline bundle (runs install.ps1; needs no network).
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install.ps1" %*
if errorlevel 1 pause
