package app

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/paiban/paiban/internal/atomicfile"
)

// autosaveEvery is how often an article with unsaved changes is copied to
// the recovery file.
const autosaveEvery = 30 * time.Second

// recovery keeps a copy of an article with unsaved changes, so that a crash
// or a killed process loses at most the last half minute: it is written
// every 30 s and when the window loses focus, removed when the article is
// saved or its changes discarded, and offered back at the next start.
// The file is written atomically, so a kill while saving leaves the
// previous copy whole. It is plain data, free of Fyne.
type recovery struct {
	path string // "" disables recovery
}

// recovered is what the recovery file holds.
type recovered struct {
	Path     string    `json:"path"` // the article's own file, "" if never saved
	Saved    time.Time `json:"saved"`
	Markdown string    `json:"markdown"`
}

func (r recovery) save(c recovered) error {
	if r.path == "" {
		return nil
	}
	data, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("autosave: %w", err)
	}
	if err := atomicfile.WriteFile(r.path, data, 0o600); err != nil {
		return fmt.Errorf("autosave: %w", err)
	}
	return nil
}

// load returns the recovered article, if there is one.
func (r recovery) load() (recovered, bool, error) {
	var c recovered
	if r.path == "" {
		return c, false, nil
	}
	data, err := os.ReadFile(r.path)
	if errors.Is(err, fs.ErrNotExist) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("reading the autosaved article: %w", err)
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return c, false, fmt.Errorf("the autosaved article %s is damaged: %w", r.path, err)
	}
	return c, true, nil
}

// clear removes the recovery file.
func (r recovery) clear() {
	if r.path != "" {
		os.Remove(r.path)
	}
}
