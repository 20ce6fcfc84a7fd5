@echo off
rem Quarantine Desk launcher for Windows, from the distribution archive: runs lib\quarantine.jar with Java 17 or
rem newer, found through JAVA_HOME or the PATH. The console is switched to UTF-8 (code page 65001) while it runs, so
rem that Chinese names show as they are, and switched back afterwards. This file is ASCII only, so that cmd.exe reads
rem it the same under any code page.
setlocal
set "QD_HOME=%~dp0.."
set "QD_EXIT=0"
set "QD_JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "QD_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined QD_JAVA (
  where java >nul 2>nul && set "QD_JAVA=java"
)
if not defined QD_JAVA (
  echo Quarantine Desk needs Java 17 or newer: install it ^(for example Eclipse Temurin 17^), or set JAVA_HOME to its folder. 1>&2
  set "QD_EXIT=1"
  goto end
)
"%QD_JAVA%" -version 2>&1 | findstr /r /c:"version \"1[7-9]" /c:"version \"[2-9][0-9]" >nul
if errorlevel 1 (
  echo Quarantine Desk needs Java 17 or newer; this Java is older: 1>&2
  "%QD_JAVA%" -version
  set "QD_EXIT=1"
  goto end
)
rem An import streams its rows (a million of them fit in 64 MB of heap): a small heap keeps an office PC's memory
rem for the rest, where the default would grow toward a quarter of it. QUARANTINE_JAVA_OPTS comes after it.
set "QD_HEAP="
for %%a in (%*) do if /i "%%~a"=="import" set "QD_HEAP=-Xmx96m"
for /f "tokens=2 delims=:" %%c in ('chcp') do set "QD_CODEPAGE=%%c"
chcp 65001 >nul
"%QD_JAVA%" %QD_HEAP% %QUARANTINE_JAVA_OPTS% -jar "%QD_HOME%\lib\quarantine.jar" %*
set "QD_EXIT=%ERRORLEVEL%"
if defined QD_CODEPAGE chcp %QD_CODEPAGE% >nul
:end
endlocal & exit /b %QD_EXIT%
