; Inno Setup 6 script for Exercise Builder (Øvelsesprogram) on Windows.
;
; Build on Windows, from the repository top, after the PyInstaller build (docs/packaging.md):
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[test,dist]"
;   .venv\Scripts\python packaging\prepare_icons.py
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build packaging\exercise_builder.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\exercise_builder.iss
; Result: dist\exercise-builder-<version>-windows-x64-setup.exe
;
; NOT TRIED YET: this script has not been compiled or run on Windows (see docs/packaging.md).
;
; AppVersion must equal pyproject.toml's version (tests/test_packaging.py checks); it can be
; overridden on the command line with ISCC /DAppVersion=1.2.3.
; The app keeps its data in %LOCALAPPDATA%\ExerciseBuilder; uninstalling leaves it there.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Exercise Builder"
#define AppPublisher "Exercise Builder"
#define GuiExe "ExerciseBuilder.exe"
#define CliExe "exercise-builder.exe"
#define BuiltApp "..\..\dist\exercise-builder"

[Setup]
; Never change AppId: it is how Windows recognises upgrades of the same app.
AppId={{C0832130-0750-4AFF-A248-E60E0CCBBDB0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install without admin rights is allowed (clinic PCs are often locked down).
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=exercise-builder-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\exercise-builder.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: both executables and the shared _internal\ folder.
Source: "{#BuiltApp}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "Øvelsesprogram"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The command line: "{app}\exercise-builder.exe handout PROGRAM.ebprog -o OUT.pdf". It is not
; added to PATH; scripts call it by its full path.
