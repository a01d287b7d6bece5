package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"

	"github.com/paiban/paiban/internal/atomicfile"
	"github.com/paiban/paiban/internal/userfile"
)

// Fyne keeps the preferences — the organisation profile, the fonts, the
// recent files — in preferences.json under its folder for the app, and
// rewrites that file in place: it empties the file, then writes it. A
// crash or a power cut in between leaves it empty, and Fyne then starts
// with no preferences at all. So the editor keeps the last good copy of it
// beside it, preferences.json.good, and puts it back before Fyne reads a
// damaged file.

// maxPreferencesFile bounds what is read of the preferences file.
const maxPreferencesFile = 16 << 20

// PreferencesFolder is the folder where Fyne keeps the preferences of the
// app appID, as Fyne's desktop drivers name it.
func PreferencesFolder(appID string) string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		return filepath.Join(home, "AppData", "Roaming", "fyne", appID)
	case "darwin":
		return filepath.Join(home, "Library", "Preferences", "fyne", appID)
	}
	config, _ := os.UserConfigDir()
	return filepath.Join(config, "fyne", appID)
}

// KeepPreferences keeps the preferences file in folder safe: when it is
// whole, it becomes the last good copy; when it is damaged (empty, cut
// short) and a good copy exists, the copy is put back. Call it before Fyne
// reads the preferences. It reports whether it put the copy back.
func KeepPreferences(folder string) (restored bool, err error) {
	path := filepath.Join(folder, "preferences.json")
	good := path + ".good"
	data, err := userfile.Read(path, "preferences", maxPreferencesFile)
	if os.IsNotExist(err) {
		return false, nil
	}
	kept, gerr := userfile.Read(good, "preferences", maxPreferencesFile)
	if err == nil && wholeJSON(data) {
		if gerr == nil && bytes.Equal(kept, data) {
			return false, nil // kept already: no write at every start
		}
		return false, atomicfile.WriteFile(good, data, 0o600)
	}
	if gerr != nil || !wholeJSON(kept) {
		return false, err
	}
	if err := atomicfile.WriteFile(path, kept, 0o600); err != nil {
		return false, err
	}
	return true, nil
}

// wholeJSON reports whether data is a whole JSON object, as Fyne writes
// the preferences.
func wholeJSON(data []byte) bool {
	var v map[string]any
	return json.Unmarshal(data, &v) == nil
}
