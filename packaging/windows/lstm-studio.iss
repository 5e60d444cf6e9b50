; Inno Setup 6 script: the Windows installer of LSTM Studio, from the PyInstaller folder that
; packaging/lstm-studio.spec builds on Windows (build\pyinstaller\dist\lstm-studio\). Steps in
; packaging/README.md. The version comes from lstm_studio/__init__.py through packaging/version.py:
;
;   ISCC /DAppVersion=0.2.0 packaging\windows\lstm-studio.iss
;
; Writes dist\lstm-studio-<version>-windows-x64-setup.exe. Installs per user by default (no
; administrator needed), for all users when the user picks it; Start menu entry, optional desktop icon.

#ifndef AppVersion
  #error Give the version: ISCC /DAppVersion=<version> (python packaging\version.py prints it)
#endif

#define AppName "LSTM Studio"
#define Bundle "..\..\build\pyinstaller\dist\lstm-studio"

[Setup]
; The AppId identifies the program to Windows across versions (upgrades, uninstall): never change it.
AppId={{90D13798-8A5F-4B96-8C02-18F2EE5068E8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LSTM Studio developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=lstm-studio-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\lstm-studio.ico
UninstallDisplayIcon={app}\lstm-studio-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; lstm-studio-gui.exe opens the window without a console; lstm-studio.exe is the command line.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade replaces the bundle's library folder whole, so no file of the old version lingers
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\lstm-studio-gui.exe"; Comment: "Watch recurrent neural cells work"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\lstm-studio-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\lstm-studio-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
