; Inno Setup script: a per-user installer for the Windows bundle (Inno Setup 6.4 or later,
; for its official Swedish messages). Built by .github/workflows/release.yml:
;
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\tillitverkstad packaging\windows\tillitverkstad.iss
;
; No administrator rights: the app goes to %LOCALAPPDATA%\Programs\Tillitverkstad, its
; Start-menu entry and its "Open with" entry for data packages to the user's own profile
; (HKCU). An IT department can install it for every user of a machine with /ALLUSERS
; (then under Program Files, HKLM). See packaging/README.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\tillitverkstad"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Tillitverkstad"
#define AppExe "tillitverkstad.exe"
; Our own name for a data package in the registry (a ProgID); Windows matches a file's
; type on its last extension, so packages (*.tillitverkstad.json) are ".json" files.
#define PackageProgId "Tillitverkstad.Package"

[Setup]
; Never change the AppId: it is how an update finds the installed app.
AppId={{6C1E7B2A-4F4D-4C57-9E57-5D2F0B7A9C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; A per-user install, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs here.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
SetupIconFile=..\..\resources\icons\tillitverkstad.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; An update closes a running app through the Restart Manager: it saves as it closes.
CloseApplications=yes
ChangesAssociations=yes
OutputDir={#OutputDir}
OutputBaseFilename=Tillitverkstad-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
; The installer speaks the user's Windows language: Swedish or English.
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
sv.PackageType=Tillitverkstad-datapaket
en.PackageType=Tillitverkstad data package
sv.DeleteDataQuestion=Vill du också ta bort dina workshoppar och inställningar?%n%nMappen %1 innehåller alla workshoppar som har sparats på den här datorn. Om du svarar Nej ligger de kvar och finns där nästa gång Tillitverkstad installeras.%n%nTa bort dem bara om du har exporterat det du behöver.
en.DeleteDataQuestion=Do you also want to delete your workshops and settings?%n%nThe folder %1 holds every workshop saved on this computer. If you answer No, they stay and are there the next time Tillitverkstad is installed.%n%nDelete them only if you have exported what you need.
sv.DesktopIcon=Skapa en genväg på skrivbordet
en.DesktopIcon=Create a desktop shortcut

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole one-folder bundle: both executables, Python, Qt and the app's resources.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with > Tillitverkstad" for data packages: offered, never made the default for
; JSON files. HKA is HKEY_CURRENT_USER in a per-user install (HKLM only with /ALLUSERS).
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#PackageProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#PackageProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The workshops live in the user's data folder, outside {app}: the uninstaller leaves them
// (and the settings) alone unless the user says Yes here. A silent uninstall (software
// deployment) never deletes them: the default answer is No.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep <> usPostUninstall) or IsAdminInstallMode then
    Exit;
  DataDir := ExpandConstant('{localappdata}\{#AppName}');
  if not DirExists(DataDir) then
    Exit;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
  begin
    DelTree(DataDir, True, True, True);
    RegDeleteKeyIncludingSubkeys(HKCU, 'Software\{#AppName}');
  end;
end;
