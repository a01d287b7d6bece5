; Paiban's Windows installer, built on Linux by scripts/dist.sh with NSIS
; (Debian's nsis, makensis 3.08); docs/packaging.md describes it.
;
; It installs for the current user, without administrator rights, into
; %LOCALAPPDATA%\Programs\Paiban; run elevated ("Run as administrator", or
; by a deployment tool as SYSTEM) it installs for all users into
; %ProgramFiles%\Paiban. /CURRENTUSER and /ALLUSERS choose explicitly
; (/ALLUSERS needs the elevation). Silent: /S, with /D=C:\target\folder
; last; /DESKTOP adds the desktop shortcut and /NOASSOC leaves .md files
; alone. The uninstaller takes /S too.
;
; dist.sh defines (makensis -D...):
;   VERSION       0.1.0            FyneApp.toml's Version
;   FILEVERSION   0.1.0.1          Version.Build
;   PUBLISHER     text             Apps & Features' publisher
;   APPID         org.paiban.editor
;   SRC           folder           Paiban.exe, the licences, guide/ (Markdown, HTML, pictures)
;   ICON          file             the .ico of the installer and uninstaller
;   OUTFILE       path             the installer to write
;   SIGN          command          optional: signs a file given as its last argument

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 64
ManifestDPIAware true
RequestExecutionLevel user

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include Sections.nsh

!define NAME "Paiban"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
!define PROGID "Paiban.md"

Name "${NAME}"
OutFile "${OUTFILE}"
InstallDir ""
BrandingText "${NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${FILEVERSION}"
VIFileVersion "${FILEVERSION}"
VIAddVersionKey /LANG=0 "ProductName" "${NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${FILEVERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

!ifdef SIGN
  !finalize '${SIGN} "%1"'
  !uninstfinalize '${SIGN} "%1"'
!endif

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\Paiban.exe"
!define MUI_FINISHPAGE_NOREBOOTSUPPORT

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer speaks the language of Windows' interface: English, 繁體中文
; (Taiwan, Hong Kong, Macao) or 简体中文.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString SecProgram ${LANG_ENGLISH} "Paiban and the Start menu entry"
LangString SecProgram ${LANG_TRADCHINESE} "排版及開始功能表項目"
LangString SecProgram ${LANG_SIMPCHINESE} "排版及开始菜单项"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_TRADCHINESE} "桌面捷徑"
LangString SecDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecAssoc ${LANG_ENGLISH} "Open Markdown articles (.md) with Paiban"
LangString SecAssoc ${LANG_TRADCHINESE} "以排版開啟 Markdown 文章（.md）"
LangString SecAssoc ${LANG_SIMPCHINESE} "用排版打开 Markdown 文章（.md）"
LangString NeedAdmin ${LANG_ENGLISH} "Installing for all users (/ALLUSERS) needs administrator rights: run the installer as administrator."
LangString NeedAdmin ${LANG_TRADCHINESE} "為所有使用者安裝（/ALLUSERS）需要系統管理員權限：請以系統管理員身分執行安裝程式。"
LangString NeedAdmin ${LANG_SIMPCHINESE} "为所有用户安装（/ALLUSERS）需要管理员权限：请以管理员身份运行安装程序。"
LangString UnNeedAdmin ${LANG_ENGLISH} "Paiban was installed for all users: uninstall it as administrator."
LangString UnNeedAdmin ${LANG_TRADCHINESE} "排版是為所有使用者安裝的：請以系統管理員身分解除安裝。"
LangString UnNeedAdmin ${LANG_SIMPCHINESE} "排版是为所有用户安装的：请以管理员身份卸载。"
; The Start-menu shortcut to the user guide, in the installer's language.
LangString GuideLink ${LANG_ENGLISH} "Paiban User Guide"
LangString GuideLink ${LANG_TRADCHINESE} "排版 使用說明"
LangString GuideLink ${LANG_SIMPCHINESE} "排版 使用说明"
LangString GuideFile ${LANG_ENGLISH} "guide-en.html"
LangString GuideFile ${LANG_TRADCHINESE} "guide-zh-Hant.html"
LangString GuideFile ${LANG_SIMPCHINESE} "guide-zh-Hans.html"
LangString DocName ${LANG_ENGLISH} "Markdown article"
LangString DocName ${LANG_TRADCHINESE} "Markdown 文章"
LangString DocName ${LANG_SIMPCHINESE} "Markdown 文章"

Var AllUsers ; 1 when installing for every user of the machine

; SetScope sets the shell folders ($SMPROGRAMS, $DESKTOP) and the registry
; root SHCTX (HKLM or HKCU) for $AllUsers.
!macro SetScope
  ${If} $AllUsers == 1
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
!macroend

Section "$(SecProgram)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${SRC}/Paiban.exe"
  File "${SRC}/OFL.txt"
  File "${SRC}/FONTS.md"
  File "${SRC}/LICENSE-OpenCC.txt"
  File "${SRC}/THIRD-PARTY-NOTICES.txt"
  SetOutPath "$INSTDIR\guide"
  File "${SRC}/guide/*.*"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\Paiban.exe"
  CreateShortcut "$SMPROGRAMS\$(GuideLink).lnk" "$INSTDIR\guide\$(GuideFile)"

  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayName" "${NAME}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\Paiban.exe,0"
  WriteRegStr SHCTX "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${NAME}.lnk" "$INSTDIR\Paiban.exe"
SectionEnd

; "Open with Paiban" for .md files: a ProgID listed among the extension's
; OpenWithProgids, which offers Paiban without taking the default away
; from the user's editor.
Section "$(SecAssoc)" SecAssoc
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "$(DocName)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\Paiban.exe,0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\Paiban.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.md\OpenWithProgids" "${PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\Applications\Paiban.exe\SupportedTypes" ".md" ""
  WriteRegStr SHCTX "Software\Classes\Applications\Paiban.exe" "FriendlyAppName" "${NAME}"
  WriteRegStr SHCTX "Software\Classes\Applications\Paiban.exe\shell\open\command" "" '"$INSTDIR\Paiban.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED
SectionEnd

; .onInit comes after the sections, whose indexes it uses.
Function .onInit
  StrCpy $AllUsers 0
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 == "Admin"
    StrCpy $AllUsers 1
  ${EndIf}
  ${GetParameters} $1
  ClearErrors
  ${GetOptions} $1 "/CURRENTUSER" $2
  ${IfNot} ${Errors}
    StrCpy $AllUsers 0
  ${EndIf}
  ClearErrors
  ${GetOptions} $1 "/ALLUSERS" $2
  ${IfNot} ${Errors}
    ${If} $0 != "Admin"
      MessageBox MB_ICONSTOP "$(NeedAdmin)" /SD IDOK
      SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
    StrCpy $AllUsers 1
  ${EndIf}
  ClearErrors
  ${GetOptions} $1 "/DESKTOP" $2
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${SecDesktop}
  ${EndIf}
  ClearErrors
  ${GetOptions} $1 "/NOASSOC" $2
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecAssoc}
  ${EndIf}
  !insertmacro SetScope
  ; /D= sets $INSTDIR before .onInit; otherwise the scope's own folder.
  ${If} $INSTDIR == ""
    ${If} $AllUsers == 1
      StrCpy $INSTDIR "$PROGRAMFILES64\${NAME}"
    ${Else}
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\${NAME}"
    ${EndIf}
  ${EndIf}
FunctionEnd

Function un.onInit
  ; The scope the program was installed in: all users when the machine's
  ; uninstall entry names this folder.
  StrCpy $AllUsers 0
  ReadRegStr $0 HKLM "${UNINSTKEY}" "InstallLocation"
  ${If} $0 == $INSTDIR
    UserInfo::GetAccountType
    Pop $1
    ${If} $1 != "Admin"
      MessageBox MB_ICONSTOP "$(UnNeedAdmin)" /SD IDOK
      SetErrorLevel 740
      Quit
    ${EndIf}
    StrCpy $AllUsers 1
  ${EndIf}
  !insertmacro SetScope
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${NAME}.lnk"
  Delete "$DESKTOP\${NAME}.lnk"
  ; The guide's shortcut under each of its names: the uninstaller may run
  ; in another language than the installer did.
  Delete "$SMPROGRAMS\Paiban User Guide.lnk"
  Delete "$SMPROGRAMS\排版 使用說明.lnk"
  Delete "$SMPROGRAMS\排版 使用说明.lnk"
  Delete "$INSTDIR\Paiban.exe"
  Delete "$INSTDIR\OFL.txt"
  Delete "$INSTDIR\FONTS.md"
  Delete "$INSTDIR\LICENSE-OpenCC.txt"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  RMDir /r "$INSTDIR\guide"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ; Paiban's .md entries; the extension's key goes only when nothing else
  ; is left in it.
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\Paiban.exe"
  DeleteRegValue SHCTX "Software\Classes\.md\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.md\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.md"
  DeleteRegKey SHCTX "${UNINSTKEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
