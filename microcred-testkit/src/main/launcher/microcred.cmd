@echo off
rem The microcred command on Windows (built by microcred-testkit into target\, next to microcred.jar).
rem Same start-up options as the shell launcher `microcred`: class-data archive when present, serial GC,
rem C1 only except for `convert`. Extra JVM options: MICROCRED_JAVA_OPTS.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "CDS="
if exist "%~dp0microcred.jsa" set "CDS=-XX:SharedArchiveFile=%~dp0microcred.jsa -Xshare:auto -Xlog:cds=off,cds+dynamic=off"
set "JIT=-XX:TieredStopAtLevel=1"
if "%~1"=="convert" set "JIT="
if "%~1"=="--verbose" if "%~2"=="convert" set "JIT="
"%JAVA%" %CDS% -XX:+UseSerialGC %JIT% %MICROCRED_JAVA_OPTS% -jar "%~dp0microcred.jar" %*
exit /b %ERRORLEVEL%
